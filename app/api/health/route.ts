import { backendMode } from "@/lib/cloud/backend-mode";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";

// Readiness probe for the run script and Playwright; must reflect the running server's environment.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true, mode: backendMode(process.env) });
}

// Any other method answers a JSON 405 too: every path under /api/ answers JSON (Next's own 405 has no body).
const notGet = methodNotAllowed("GET");
export const POST = notGet;
export const PUT = notGet;
export const PATCH = notGet;
export const DELETE = notGet;
