import "server-only";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/database";
import type { ConsoleTables } from "@/lib/db/tables";

export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** Routes where a wrong password counts as a failure (the current password is asked for on a change too). */
const GUARDED_PATHS = new Set(["/sign-in/email", "/change-password"]);

/**
 * The answers that mean "wrong password" (unknown email included). Other refusals — a new password that is too
 * short, a malformed body — are the person's typo, not a guess, and must not lock them out of signing in.
 */
const WRONG_PASSWORD_CODES = new Set(["INVALID_EMAIL_OR_PASSWORD", "INVALID_PASSWORD"]);

export function failureKeys(email: string | undefined, ip: string | null): string[] {
  const keys = [`ip:${ip ?? "unknown"}`];
  if (email) keys.push(`email:${email.trim().toLowerCase()}`);
  return keys;
}

/**
 * How long until the caller may try again: 0 while under the limit. Counted per account and per client address
 * over a sliding window, in the database so it holds across restarts and replicas.
 */
export async function retryAfterMs(db: Kysely<ConsoleTables>, keys: string[], now = Date.now()) {
  let wait = 0;
  for (const key of keys) {
    const rows = await db
      .selectFrom("sign_in_failure")
      .select("at")
      .where("key", "=", key)
      .where("at", ">", now - SIGN_IN_WINDOW_MS)
      .orderBy("at", "desc")
      .limit(SIGN_IN_MAX_FAILURES)
      .execute();
    if (rows.length >= SIGN_IN_MAX_FAILURES) {
      // The oldest of the last five leaves the window first.
      wait = Math.max(wait, rows[rows.length - 1]!.at + SIGN_IN_WINDOW_MS - now);
    }
  }
  return wait;
}

export async function recordFailure(db: Kysely<ConsoleTables>, keys: string[], now = Date.now()) {
  await db
    .insertInto("sign_in_failure")
    .values(keys.map((key) => ({ id: randomUUID(), key, at: now })))
    .execute();
  // Old rows are of no further use; pruning here keeps the table small without a separate job.
  await db
    .deleteFrom("sign_in_failure")
    .where("at", "<", now - SIGN_IN_WINDOW_MS)
    .execute();
}

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/**
 * The account an attempt is for: the email in a sign-in's body, or the signed-in person's for a password change.
 * Global hooks run before the endpoint's own session middleware, so the session is looked up here.
 */
async function accountEmail(ctx: HookContext): Promise<string | undefined> {
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  if (typeof email === "string") return email;
  if (ctx.path !== "/change-password") return undefined;
  const session = ctx.context.session ?? (await getSessionFromCtx(ctx).catch(() => null));
  return session?.user.email;
}

export type AuthHookContext = HookContext;

/** Before a password is checked: 429 + Retry-After while the account or the address is over the limit. */
export function signInLimitBefore(database: Database) {
  return async (ctx: AuthHookContext) => {
    if (!GUARDED_PATHS.has(ctx.path)) return;
    const ip = ctx.request?.headers.get("x-cloudnet-client-ip") ?? null;
    const keys = failureKeys(await accountEmail(ctx), ip);
    const wait = await retryAfterMs(database.db, keys);
    if (wait > 0) {
      // The same answer whether or not the account exists.
      throw new APIError(
        "TOO_MANY_REQUESTS",
        { code: "TOO_MANY_ATTEMPTS", message: "Too many failed attempts. Try again later." },
        { "retry-after": String(Math.ceil(wait / 1000)) },
      );
    }
  };
}

/** After a password was checked: a wrong one counts (nothing else does, e.g. a too-short new password). */
export function signInLimitAfter(database: Database) {
  return async (ctx: AuthHookContext) => {
    if (!GUARDED_PATHS.has(ctx.path)) return;
    const returned = ctx.context.returned;
    if (!isAPIError(returned) || !WRONG_PASSWORD_CODES.has(String(returned.body?.code))) return;
    const ip = ctx.request?.headers.get("x-cloudnet-client-ip") ?? null;
    await recordFailure(database.db, failureKeys(await accountEmail(ctx), ip));
  };
}
