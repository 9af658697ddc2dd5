import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import {
  checkRequest,
  checkSameOrigin,
  databaseUnavailable,
  refusal,
  requestLocale,
  translator,
} from "./entrance";
import { hasRole, roleOf, type Role } from "./roles";
import { getRuntime, type ConsoleRuntime } from "./runtime";
import { setSessionCookie } from "./session-cookie";
import { readSession, refreshSession, type SessionCookie } from "./session-reader";
import { actorOfBearer, bearerSecret, refuseBearer } from "@/lib/tokens/bearer";

/** Who is acting, as every audited action records it. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  sessionId: string;
  clientIp: string | null;
  userAgent: string | null;
  /** Set when a personal API token acts for the person (the audit trail names it). */
  token?: { id: string; name: string };
}

export type GuardResult =
  | {
      ok: true;
      actor: Actor;
      runtime: ConsoleRuntime;
      locale: Locale;
      /** The session cookie re-set on this answer because its idle deadline was pushed back (sliding expiry). */
      sessionCookie?: SessionCookie;
    }
  | { ok: false; response: Response };

/** An actor and whether its session is due for the idle push-back (see session-reader.ts). */
export interface SessionActor {
  actor: Actor;
  session: Awaited<ReturnType<typeof readSession>> & {};
}

/**
 * The session behind a request's cookie as an Actor, or null: none, ended, user disabled, or past the absolute
 * limit (SESSION_MAX_DAYS; such a session is deleted, not just refused). Throws when the database fails.
 */
export async function actorOf(runtime: ConsoleRuntime, headers: Headers): Promise<Actor | null> {
  return (await sessionActorOf(runtime, headers))?.actor ?? null;
}

/** {@link actorOf}, with the session it came from (for the idle push-back). */
export async function sessionActorOf(
  runtime: ConsoleRuntime,
  headers: Headers,
): Promise<SessionActor | null> {
  const session = await readSession(runtime, headers);
  if (!session) return null;
  const { user } = session;
  if (user.banned) return null;
  if (session.createdAt.getTime() + runtime.settings.maxAgeMs < Date.now()) {
    await runtime.database.db.deleteFrom("session").where("id", "=", session.sessionId).execute();
    return null;
  }
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    role: roleOf(user.role),
    sessionId: session.sessionId,
    clientIp: headers.get("x-cloudnet-client-ip"),
    userAgent: headers.get("user-agent"),
  };
  return { actor, session };
}

/**
 * The one guard of every API route (pages: lib/auth/page-guard.ts, same rules): host (421) → cross-site fetch
 * (403) → database (503) → session (401) → same-origin proof for a change (403) → role (403). `need` is the least role the route
 * requires; a route that depends on the catalog calls {@link requireRole} once it knows the operation.
 * A request with `Authorization: Bearer` is judged by its personal API token instead of a cookie (guardBearer).
 */
export async function guard(request: Request, need: Role = "viewer"): Promise<GuardResult> {
  const locale = requestLocale(request.headers);
  const early = checkRequest(request, locale);
  if (early) return { ok: false, response: early };
  const secret = bearerSecret(request.headers);
  if (secret !== null) return guardBearer(request, secret, need, locale);
  let runtime: ConsoleRuntime;
  let found: SessionActor | null;
  try {
    runtime = await getRuntime();
    found = await sessionActorOf(runtime, request.headers);
  } catch (error) {
    console.error(`[console] database unavailable: ${error instanceof Error ? error.message : error}`);
    return { ok: false, response: databaseUnavailable(locale) };
  }
  if (!found) {
    const message = translator(locale)("auth.error.unauthenticated");
    return { ok: false, response: refusal(401, "auth", "Unauthenticated", message) };
  }
  const { actor, session } = found;
  const unproven = checkSameOrigin(request, locale);
  if (unproven) return { ok: false, response: unproven };
  // After the same-origin check: a change must prove it came from the console's pages; a read with the cookie may
  // refresh it too (a page's polls are reads), as better-auth's own get-session does.
  const sessionCookie = session.refreshDue ? await refreshed(runtime, session, locale) : undefined;
  if (sessionCookie instanceof Response) return { ok: false, response: sessionCookie };
  const refused = requireRole(actor, need, locale);
  if (refused) return { ok: false, response: refused };
  return { ok: true, actor, runtime, locale, ...(sessionCookie ? { sessionCookie } : {}) };
}

/** Pushes the idle deadline back and re-sets the cookie; a database failure is a 503 like any other read. */
async function refreshed(runtime: ConsoleRuntime, session: SessionActor["session"], locale: Locale) {
  try {
    const cookie = await refreshSession(runtime, session);
    if (cookie) await setSessionCookie(cookie);
    return cookie ?? undefined;
  } catch (error) {
    console.error(`[console] database unavailable: ${error instanceof Error ? error.message : error}`);
    return databaseUnavailable(locale);
  }
}

/**
 * A script's request: only where tokens are accepted (403 elsewhere, before any lookup), then the token (401 when
 * wrong, expired or revoked, 429 past the failed-attempt limit), then the role. No same-origin proof: a bearer
 * header is never sent by a browser on its own, so another site cannot borrow it as it could a cookie.
 */
async function guardBearer(
  request: Request,
  secret: string,
  need: Role,
  locale: Locale,
): Promise<GuardResult> {
  const t = translator(locale);
  const notHere = refuseBearer(request, locale);
  if (notHere) return { ok: false, response: notHere };
  let runtime: ConsoleRuntime;
  let result: Awaited<ReturnType<typeof actorOfBearer>>;
  try {
    runtime = await getRuntime();
    result = await actorOfBearer(runtime, request.headers, secret);
  } catch (error) {
    console.error(`[console] database unavailable: ${error instanceof Error ? error.message : error}`);
    return { ok: false, response: databaseUnavailable(locale) };
  }
  if (!result.ok) {
    if (result.reason === "limited") {
      const seconds = String(Math.ceil(result.retryAfterMs / 1000));
      const response = refusal(
        429,
        "auth",
        "TooManyAttempts",
        t("tokens.error.tooMany"),
        {},
        { "retry-after": seconds },
      );
      return { ok: false, response };
    }
    return { ok: false, response: refusal(401, "auth", "InvalidToken", t("tokens.error.invalid")) };
  }
  const refused = requireRole(result.actor, need, locale);
  if (refused) return { ok: false, response: refused };
  return { ok: true, actor: result.actor, runtime, locale };
}

/** 403 Forbidden.Role when the actor's role is below `needed`; null when allowed. */
export function requireRole(actor: Pick<Actor, "role">, needed: Role, locale: Locale): Response | null {
  if (hasRole(actor.role, needed)) return null;
  const t = translator(locale);
  const message = t("auth.error.forbidden", {
    role: t(`auth.role.${actor.role}`),
    needed: t(`auth.role.${needed}`),
  });
  return refusal(403, "auth", "Forbidden.Role", message, { role: actor.role, needed });
}
