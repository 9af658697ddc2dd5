import { malformedPath } from "@/lib/proxy/path-refusals";

/**
 * Where next.config.js rewrites a path under /api/ whose percent-escapes do not decode (`/api/operations/%zz`),
 * before Next's own decoding of a dynamic segment turns it into a 500: a JSON 400, whatever the method.
 */
export const GET = malformedPath;
export const HEAD = malformedPath;
export const POST = malformedPath;
export const PUT = malformedPath;
export const PATCH = malformedPath;
export const DELETE = malformedPath;
export const OPTIONS = malformedPath;
