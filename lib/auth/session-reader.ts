import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { ConsoleRuntime } from "./runtime";

/**
 * The session behind a request, read straight from the database: what every guarded request asks, so it is the
 * console's hottest auth path. better-auth's own `getSession` runs its whole endpoint pipeline (context, hooks,
 * WebCrypto key import, field filtering) and cost ~3 ms of CPU per call here, more than the budget for the
 * whole route (docs/BENCHMARKS.md "Proxy route"); this does the same checks in one query and one HMAC. better-auth
 * still issues, refreshes the cookie of, and revokes sessions: this only reads its `session` and `user` rows,
 * verifies the cookie's signature the way better-call signs it (`<token>.<base64 HMAC-SHA256>`), and pushes back
 * the idle deadline as better-auth's `updateAge` would.
 */
export interface SessionRecord {
  sessionId: string;
  createdAt: Date;
  user: { id: string; email: string; role: string | null; banned: boolean };
}

interface Reader {
  cookieName: string;
  secret: string;
  idleMs: number;
  refreshMs: number;
}

const readers = new WeakMap<ConsoleRuntime, Promise<Reader>>();

function readerOf(runtime: ConsoleRuntime): Promise<Reader> {
  let reader = readers.get(runtime);
  if (!reader) {
    reader = runtime.auth.$context.then((ctx) => ({
      cookieName: ctx.authCookies.sessionToken.name,
      secret: ctx.secret,
      idleMs: ctx.sessionConfig.expiresIn * 1000,
      refreshMs: ctx.sessionConfig.updateAge * 1000,
    }));
    readers.set(runtime, reader);
  }
  return reader;
}

function cookieValue(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** The token of a correctly signed session cookie, or null (absent, malformed or forged). */
export function verifiedToken(signed: string, secret: string): string | null {
  const dot = signed.lastIndexOf(".");
  if (dot < 1) return null;
  const token = signed.slice(0, dot);
  const signature = Buffer.from(signed.slice(dot + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

export async function readSession(runtime: ConsoleRuntime, headers: Headers): Promise<SessionRecord | null> {
  const reader = await readerOf(runtime);
  const signed = cookieValue(headers.get("cookie"), reader.cookieName);
  const token = signed && verifiedToken(signed, reader.secret);
  if (!token) return null;
  const { db, engine } = runtime.database;
  const row = await db
    .selectFrom("session")
    .innerJoin("user", "user.id", "session.userId")
    .select([
      "session.id as sessionId",
      "session.expiresAt as expiresAt",
      "session.createdAt as createdAt",
      "user.id as userId",
      "user.email as email",
      "user.role as role",
      "user.banned as banned",
    ])
    .where("session.token", "=", token)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const expiresAt = new Date(row.expiresAt).getTime();
  if (!(expiresAt > now)) return null;
  // Used again: push the idle deadline back, at most once per `updateAge` (as better-auth does).
  if (expiresAt - reader.idleMs + reader.refreshMs <= now) {
    const next = new Date(now + reader.idleMs);
    await db
      .updateTable("session")
      .set({
        expiresAt: engine === "sqlite" ? next.toISOString() : next,
        updatedAt: engine === "sqlite" ? new Date(now).toISOString() : new Date(now),
      })
      .where("id", "=", row.sessionId)
      .execute();
  }
  return {
    sessionId: row.sessionId,
    createdAt: new Date(row.createdAt),
    user: { id: row.userId, email: row.email, role: row.role, banned: Boolean(row.banned) },
  };
}
