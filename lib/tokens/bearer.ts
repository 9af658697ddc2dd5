import "server-only";
import { refusal, translator } from "@/lib/auth/entrance";
import type { Actor } from "@/lib/auth/guard";
import type { Locale } from "@/lib/i18n/locales";
import { failureKeys, recordFailure, retryAfterMs } from "@/lib/auth/sign-in-limit";
import type { ConsoleRuntime } from "@/lib/auth/runtime";
import { authenticateToken } from "./api-tokens";

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
 * looked up at all.
 */
export async function actorOfBearer(
  runtime: ConsoleRuntime,
  headers: Pick<Headers, "get">,
  secret: string,
): Promise<BearerResult> {
  const { db } = runtime.database;
  const clientIp = headers.get("x-cloudnet-client-ip");
  const keys = failureKeys(undefined, clientIp);
  const wait = await retryAfterMs(db, keys);
  if (wait > 0) return { ok: false, reason: "limited", retryAfterMs: wait };
  const holder = await authenticateToken(db, secret);
  if (!holder) {
    await recordFailure(db, keys);
    return { ok: false, reason: "invalid" };
  }
  return {
    ok: true,
    actor: {
      userId: holder.user.id,
      email: holder.user.email,
      role: holder.user.role,
      sessionId: `token:${holder.token.id}`,
      clientIp,
      userAgent: headers.get("user-agent"),
      token: holder.token,
    },
  };
}
