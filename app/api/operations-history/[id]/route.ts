import { refusal, translator } from "@/lib/auth/entrance";
import { guard } from "@/lib/auth/guard";
import { loadOperationHistory } from "@/lib/audit/history/history-read";

const OPERATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** GET /api/operations-history/<id> → the operation an accepted mutation opened, with its timeline. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const t = translator(checked.locale);
  const { id } = await context.params;
  if (!OPERATION_ID.test(id))
    return refusal(400, "request", "InvalidInput", t("audit.filter.invalid"), {
      fields: [{ path: "id", message: t("audit.history.badId") }],
    });
  const history = await loadOperationHistory(checked.runtime.database.db, id);
  if (!history) return refusal(404, "request", "NotFound", t("audit.history.notFound"));
  return Response.json(history, { headers: { "cache-control": "no-store" } });
}
