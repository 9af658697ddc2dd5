import "server-only";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "@/lib/db/database";
import type { ConsoleTables } from "@/lib/db/tables";

export const SIGN_IN_MAX_FAILURES = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

/** Routes where a wrong password counts as a failure (the current password is asked for on a change too). */
const GUARDED_PATHS = new Set(["/sign-in/email", "/change-password"]);

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

function emailOf(body: unknown, sessionEmail: string | undefined): string | undefined {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : sessionEmail;
}

export type AuthHookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** Before a password is checked: 429 + Retry-After while the account or the address is over the limit. */
export function signInLimitBefore(database: Database) {
  return async (ctx: AuthHookContext) => {
    if (!GUARDED_PATHS.has(ctx.path)) return;
    const ip = ctx.request?.headers.get("x-cloudnet-client-ip") ?? null;
    const keys = failureKeys(emailOf(ctx.body, ctx.context.session?.user.email), ip);
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

/** After a password was checked: a wrong one counts. */
export function signInLimitAfter(database: Database) {
  return async (ctx: AuthHookContext) => {
    if (!GUARDED_PATHS.has(ctx.path)) return;
    const returned = ctx.context.returned;
    if (!isAPIError(returned) || (returned.statusCode !== 401 && returned.statusCode !== 400)) return;
    const ip = ctx.request?.headers.get("x-cloudnet-client-ip") ?? null;
    await recordFailure(database.db, failureKeys(emailOf(ctx.body, ctx.context.session?.user.email), ip));
  };
}
