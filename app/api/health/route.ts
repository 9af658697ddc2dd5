import { backendMode } from "@/lib/cloud/backend-mode";

// Readiness probe for the run script and Playwright; must reflect the running server's environment.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ ok: true, mode: backendMode(process.env) });
}
