import "server-only";
import { refusal, translator } from "@/lib/auth/entrance";
import type { Actor } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/locales";
import { failureKeys, recordFailure, retryAfterMs } from "@/lib/auth/sign-in-limit";
import type { ConsoleRuntime } from "@/lib/auth/runtime";
import { auditWriter } from "@/lib/audit/audit-writer";
import { authenticateToken, type TokenCheck } from "./api-tokens";

/**
 * Where a personal API token is accepted: the proxy route and the read APIs, nothing else. Token and user
 * management (/api/tokens, /api/auth/*) and the setup link never take one, so a leaked token cannot mint more
 * tokens, change roles or survive its own revocation. A list of what is allowed, so a new route is closed to
 * tokens until someone decides otherwise.
 */
const TOKEN_PATHS = [
  /^\/api\/operations\/[^/]+$/,
  /^\/api\/operations-history(\/[^/]+)?$/,
  /^\/api\/overview$/,
  /^\/api\/audit(\/export)?$/,
];

export function acceptsToken(pathname: string): boolean {
  return TOKEN_PATHS.some((pattern) => pattern.test(pathname));
}

/** The secret of an `Authorization: Bearer …` header; null when there is no bearer credential at all. */
export function bearerSecret(headers: Pick<Headers, "get">): string | null {
  const value = headers.get("authorization");
  if (value === null) return null;
  const match = /^\s*bearer(?:\s+(.*))?$/i.exec(value);
  return match ? (match[1] ?? "").trim() : null;
}

/** 403 for a request carrying a bearer token where tokens are not accepted (before any lookup); null otherwise. */
export function refuseBearer(request: Pick<Request, "headers" | "url">, locale: Locale): Response | null {
  if (bearerSecret(request.headers) === null || acceptsToken(new URL(request.url).pathname)) return null;
  return refusal(403, "auth", "Forbidden.Token", translator(locale)("tokens.error.notAccepted"));
}

export type BearerResult =
  | { ok: true; actor: Actor }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "limited"; retryAfterMs: number };

/**
 * The person a bearer secret acts for. A wrong, expired or revoked secret counts as a failed attempt from the
 * client's address, with the same limit as a wrong password (lib/auth/sign-in-limit.ts); over the limit, nothing is
 * looked up at all. Every refusal is recorded in the audit trail (`tokens.refused`): under the owner when the token
 * exists (a revoked token still in use is worth knowing about), as anonymous otherwise; never the secret.
 */
export async function actorOfBearer(
  runtime: ConsoleRuntime,
  headers: Pick<Headers, "get">,
  secret: string,
): Promise<BearerResult> {
  const { database } = runtime;
  const clientIp = headers.get("x-cloudnet-client-ip");
  const userAgent = headers.get("user-agent");
  const keys = failureKeys(undefined, clientIp);
  const wait = await retryAfterMs(database.db, keys);
  if (wait > 0) return { ok: false, reason: "limited", retryAfterMs: wait };
  const checked = await authenticateToken(database.db, secret);
  if (!checked.ok) {
    // A disabled owner's token is not a guess: refused, recorded, but not counted against the address.
    if (checked.reason !== "disabled") await recordFailure(database.db, keys);
    await recordRefusal(runtime, checked, clientIp, userAgent);
    return { ok: false, reason: "invalid" };
  }
  const { holder } = checked;
  return {
    ok: true,
    actor: {
      userId: holder.user.id,
      email: holder.user.email,
      role: holder.user.role,
      sessionId: `token:${holder.token.id}`,
      clientIp,
      userAgent,
      token: holder.token,
    },
  };
}

async function recordRefusal(
  runtime: ConsoleRuntime,
  checked: Extract<TokenCheck, { ok: false }>,
  clientIp: string | null,
  userAgent: string | null,
) {
  try {
    await auditWriter(runtime.database).append([
      {
        actor: checked.token
          ? { name: checked.token.owner, type: "user", clientIp, userAgent }
          : { name: "anonymous", type: "anonymous", clientIp, userAgent },
        action: "tokens.refused",
        phase: "event",
        outcome: "refused",
        reason: "credentials",
        errorCode: "InvalidToken",
        resources: checked.token ? [checked.token.id] : [],
        detail: {
          why: checked.reason,
          ...(checked.token ? { token: checked.token.name, tokenId: checked.token.id } : {}),
        },
      },
    ]);
  } catch (error) {
    // The refusal stands whether or not it could be recorded.
    console.error(`[audit] token refusal not recorded: ${error instanceof Error ? error.message : error}`);
  }
}
