import { guardPublic } from "@/lib/auth/entrance";
import { malformedPath } from "@/lib/proxy/path-refusals";

const answer = guardPublic(malformedPath);

/**
 * Where next.config.js rewrites a path under /api/ whose percent-escapes do not decode (`/api/operations/%zz`),
 * before Next's own decoding of a dynamic segment turns it into a 500: a JSON 400, whatever the method.
 */
export const GET = answer;
export const HEAD = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const OPTIONS = answer;
