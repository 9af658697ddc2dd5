import { auditActor } from "@/lib/audit/actors";
import { recordAccountEvent } from "@/lib/audit/account-events";
import { refusal, translator } from "@/lib/auth/entrance";
import { guard } from "@/lib/auth/guard";
import { findToken, revokeToken } from "@/lib/tokens/api-tokens";

/**
 * DELETE /api/tokens/<id>: revokes a token at once (the next request with it gets 401). Your own, or anyone's for an
 * administrator; someone else's token is "not found" to everybody else, so ids reveal nothing. Cookie sessions only.
 */
export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const { actor, runtime, locale } = checked;
  const t = translator(locale);
  const { id } = await context.params;
  const { db } = runtime.database;
  const row = await findToken(db, id);
  if (!row || (row.user_id !== actor.userId && actor.role !== "admin"))
    return refusal(404, "request", "NotFound.Token", t("tokens.error.notFound"));
  const revoked = await revokeToken(db, id, actor.userId);
  if (revoked) {
    const owner = await db
      .selectFrom("user")
      .select("email")
      .where("id", "=", row.user_id)
      .executeTakeFirst();
    await recordAccountEvent(runtime.database, auditActor(actor), "tokens.revoke", {
      target: owner?.email,
      detail: { token: row.name, tokenId: row.id },
    });
  }
  return Response.json({ revoked: true }, { headers: { "cache-control": "no-store" } });
}
