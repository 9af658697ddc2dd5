import { auditActor } from "@/lib/audit/actors";
import { recordAccountEvent } from "@/lib/audit/account-events";
import { refusal, translator } from "@/lib/auth/entrance";
import { guard } from "@/lib/auth/guard";
import type { MessageKey } from "@/lib/i18n/catalog";
import { parseQuery } from "@/lib/proxy/query-params";
import { createToken, listTokens } from "@/lib/tokens/api-tokens";
import { createTokenInput, MAX_TOKEN_DAYS, MAX_TOKEN_NAME, tokenListQuery } from "@/lib/tokens/token-rules";

const NO_STORE = { "cache-control": "no-store" };

/**
 * GET /api/tokens → { tokens } (your own; `?scope=all`, administrators only: everyone's, with owners).
 * POST /api/tokens { name, role, expiresInDays } → 201 { token, secret }: the secret is in this answer only.
 * Cookie sessions only: the guard refuses a bearer token here (lib/tokens/bearer.ts), so a token cannot mint tokens.
 */
export async function GET(request: Request) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const { actor, runtime, locale } = checked;
  const query = parseQuery(tokenListQuery, new URL(request.url), locale, "validation.invalidInput");
  if (!query.ok) return query.response;
  const all = query.params.scope === "all";
  if (all && actor.role !== "admin") {
    const t = translator(locale);
    return refusal(403, "auth", "Forbidden.Role", t("tokens.error.adminOnly"), {
      role: actor.role,
      needed: "admin",
    });
  }
  const tokens = await listTokens(runtime.database.db, all ? null : actor.userId);
  return Response.json({ tokens }, { headers: NO_STORE });
}

export async function POST(request: Request) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const { actor, runtime, locale } = checked;
  const t = translator(locale);
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    body = null;
  }
  const parsed = createTokenInput.safeParse(body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => ({
      path: issue.path.join("."),
      message: issue.message.startsWith("tokens.")
        ? t(issue.message as MessageKey, { max: MAX_TOKEN_NAME, days: MAX_TOKEN_DAYS })
        : issue.message,
    }));
    return refusal(400, "request", "InvalidInput", t("tokens.error.invalidInput"), { fields });
  }
  const created = await createToken(runtime.database.db, { id: actor.userId, role: actor.role }, parsed.data);
  if (!created.ok) {
    const over = created.code === "Forbidden.TokenRole";
    const message = over ? t("tokens.error.overRole") : t("tokens.error.tooManyTokens");
    await recordAccountEvent(runtime.database, auditActor(actor), "tokens.create", {
      outcome: "refused",
      errorCode: created.code,
      errorMessage: message,
      detail: { token: parsed.data.name, role: parsed.data.role },
    });
    return refusal(
      over ? 403 : 409,
      "auth",
      created.code,
      message,
      over ? { fields: [{ path: "role", message }] } : {},
    );
  }
  await recordAccountEvent(runtime.database, auditActor(actor), "tokens.create", {
    detail: {
      token: created.token.name,
      tokenId: created.token.id,
      role: created.token.role,
      expiresAt: created.token.expiresAt,
    },
  });
  return Response.json({ token: created.token, secret: created.secret }, { status: 201, headers: NO_STORE });
}
