import { guard } from "@/lib/auth/guard";
import { openResources } from "@/lib/audit/history/open-in-flight";
import { recentFailures } from "@/lib/audit/recent-failures";
import { collectOverview } from "@/lib/overview/collect-overview";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";

const HEADERS = { "cache-control": "no-store" } as const;

/**
 * Read-only summary for the overview page; it carries no credentials or endpoints. It reads the clouds with the
 * server's credentials, so it needs a signed-in viewer and refuses other sites (the guard).
 */
export async function GET(request: Request) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const { db } = checked.runtime.database;
  const overview = await collectOverview({
    failures: () => recentFailures(db),
    openOperations: () => openResources(db),
  });
  return Response.json(overview, { headers: HEADERS });
}

// Any other method answers a JSON 405 too: every path under /api/ answers JSON (Next's own 405 has no body).
const notGet = methodNotAllowed("GET");
export const POST = notGet;
export const PUT = notGet;
export const PATCH = notGet;
export const DELETE = notGet;
