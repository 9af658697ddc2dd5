import { guard } from "@/lib/auth/guard";
import { openResources } from "@/lib/audit/history/open-in-flight";
import { recentFailures } from "@/lib/audit/recent-failures";
import { collectOverview } from "@/lib/overview/collect-overview";
import { overviewFilterSchema } from "@/lib/overview/overview-filters";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";
import { parseQuery } from "@/lib/proxy/query-params";

const HEADERS = { "cache-control": "no-store" } as const;

/**
 * Read-only summary for the overview page; it carries no credentials or endpoints. It reads the clouds with the
 * server's credentials, so it needs a signed-in viewer and refuses other sites (the guard). `?kinds=a,b` reads
 * only those kinds' lists (the page re-reads what the operation history says changed); the recent failures come
 * with every answer (one database read).
 */
export async function GET(request: Request) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const query = parseQuery(
    overviewFilterSchema,
    new URL(request.url),
    checked.locale,
    "overview.error.kinds",
  );
  if (!query.ok) return query.response;
  const { db } = checked.runtime.database;
  const overview = await collectOverview({
    failures: () => recentFailures(db),
    openOperations: () => openResources(db),
    kinds: query.params.kinds,
  });
  return Response.json(overview, { headers: HEADERS });
}

// Any other method answers a JSON 405 too: every path under /api/ answers JSON (Next's own 405 has no body).
const notGet = methodNotAllowed("GET");
export const POST = notGet;
export const PUT = notGet;
export const PATCH = notGet;
export const DELETE = notGet;
