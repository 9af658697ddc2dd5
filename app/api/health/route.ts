import { checkRequest, requestLocale } from "@/lib/auth/entrance";
import { backendMode } from "@/lib/cloud/backend-mode";

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
