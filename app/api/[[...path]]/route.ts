import { notFound } from "@/lib/proxy/path-refusals";

/** Every path under /api/ that no other route serves answers a JSON 404, whatever the method. */
export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
