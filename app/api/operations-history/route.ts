import { refusal, translator } from "@/lib/auth/entrance";
import { guard } from "@/lib/auth/guard";
import { loadOperationFeed } from "@/lib/audit/history/operation-feed";

/**
 * GET /api/operations-history[?since=<epoch ms>] → the operations feed: open count and latest change (one
 * database read, no cloud call), and with `since` the operations that started or ended after it. Pages poll it to
 * notice work started elsewhere (another tab, another operator, a script) without reading every cloud list.
 */
export async function GET(request: Request) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const raw = new URL(request.url).searchParams.get("since");
  const since = raw === null ? null : Number(raw);
  if (since !== null && !(Number.isSafeInteger(since) && since >= 0)) {
    const t = translator(checked.locale);
    return refusal(400, "request", "InvalidInput", t("audit.filter.invalid"), {
      fields: [{ path: "since", message: t("audit.filter.date") }],
    });
  }
  const feed = await loadOperationFeed(checked.runtime.database.db, since);
  return Response.json(feed, { headers: { "cache-control": "no-store" } });
}
