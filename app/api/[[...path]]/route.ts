import { guardPublic } from "@/lib/auth/entrance";
import { notFound } from "@/lib/proxy/path-refusals";

const answer = guardPublic(notFound);

/** Every path under /api/ that no other route serves answers a JSON 404, whatever the method. */
export const GET = answer;
export const HEAD = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const OPTIONS = answer;
