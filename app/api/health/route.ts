import { checkRequest, requestLocale } from "@/lib/auth/entrance";
import { backendMode } from "@/lib/cloud/backend-mode";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";

// Liveness for the run script and Playwright (public, no session: the guard's host rule only). It must reflect the
// running server's environment, not the build's.
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const refused = checkRequest(request, requestLocale(request.headers));
  if (refused) return refused;
  return Response.json(
    { ok: true, mode: backendMode(process.env) },
    { headers: { "cache-control": "no-store" } },
  );
}

// Any other method answers a JSON 405 too: every path under /api/ answers JSON (Next's own 405 has no body).
const notGet = methodNotAllowed("GET");
export const POST = notGet;
export const PUT = notGet;
export const PATCH = notGet;
export const DELETE = notGet;
