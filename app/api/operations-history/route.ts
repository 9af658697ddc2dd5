import { guard } from "@/lib/auth/guard";
import { feedFilterSchema } from "@/lib/audit/feed-filters";
import { loadOperationFeed } from "@/lib/audit/history/operation-feed";
import { parseQuery } from "@/lib/proxy/query-params";

/**
 * GET /api/operations-history[?since=<epoch ms>] → the operations feed: open count and latest change (one
 * database read, no cloud call), and with `since` the operations that started or ended after it. Pages poll it to
 * notice work started elsewhere (another tab, another operator, a script) without reading every cloud list.
 */
export async function GET(request: Request) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const query = parseQuery(feedFilterSchema, new URL(request.url), checked.locale, "audit.filter.invalid");
  if (!query.ok) return query.response;
  const feed = await loadOperationFeed(checked.runtime.database.db, query.params.since ?? null);
  return Response.json(feed, { headers: { "cache-control": "no-store" } });
}
