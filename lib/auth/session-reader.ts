import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { ConsoleRuntime } from "./runtime";

/**
 * The session behind a request, read straight from the database: what every guarded request asks, so it is the
 * console's hottest auth path. better-auth's own `getSession` runs its whole endpoint pipeline (context, hooks,
 * WebCrypto key import, field filtering) and cost ~3 ms of CPU per call here, more than the budget for the
 * whole route (docs/BENCHMARKS.md "Proxy route"); this does the same checks in one query and one HMAC. better-auth
 * still issues, refreshes the cookie of, and revokes sessions: this only reads its `session` and `user` rows,
 * verifies the cookie's signature the way better-call signs it (`<token>.<base64 HMAC-SHA256>`), and says when the
 * idle deadline is due to be pushed back; {@link refreshSession} does that and re-signs the cookie, as better-auth's
 * getSession would (only the caller can set a cookie, so reading never writes).
 */
export interface SessionRecord {
  sessionId: string;
  token: string;
  createdAt: Date;
  /** Past `updateAge` since the last push-back and not a "don't remember me" session: {@link refreshSession}. */
  refreshDue: boolean;
  /** The deadline as stored (the refresh writes only if it is still this: one write per due session). */
  storedExpiresAt: string | Date;
  user: { id: string; email: string; role: string | null; banned: boolean };
}

interface Reader {
  cookieName: string;
  cookieOptions: SessionCookie["options"];
  dontRememberName: string;
  secret: string;
  idleMs: number;
  refreshMs: number;
}

/** A session cookie to set: value unencoded (the cookie writer URI-encodes it, as better-call does). */
export interface SessionCookie {
  name: string;
  value: string;
  options: {
    maxAge: number;
    path?: string;
    domain?: string;
    httpOnly?: boolean;
    secure?: boolean;
    sameSite?: "strict" | "lax" | "none";
    partitioned?: boolean;
  };
}

const readers = new WeakMap<ConsoleRuntime, Promise<Reader>>();

function readerOf(runtime: ConsoleRuntime): Promise<Reader> {
  let reader = readers.get(runtime);
  if (!reader) {
    reader = runtime.auth.$context.then((ctx) => ({
      cookieName: ctx.authCookies.sessionToken.name,
      // better-auth's own attributes for the cookie (path, SameSite, Secure…) and its Max-Age, the idle limit.
      cookieOptions: {
        ...(ctx.authCookies.sessionToken.attributes as Omit<SessionCookie["options"], "maxAge">),
        maxAge: ctx.sessionConfig.expiresIn,
      },
      dontRememberName: ctx.authCookies.dontRememberToken.name,
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

/** `<token>.<base64 HMAC-SHA256>`, the value better-call's setSignedCookie writes (before URI-encoding). */
export function signedValue(token: string, secret: string): string {
  return `${token}.${createHmac("sha256", secret).update(token).digest("base64")}`;
}

export async function readSession(runtime: ConsoleRuntime, headers: Headers): Promise<SessionRecord | null> {
  const reader = await readerOf(runtime);
  const signed = cookieValue(headers.get("cookie"), reader.cookieName);
  const token = signed && verifiedToken(signed, reader.secret);
  if (!token) return null;
  const { db } = runtime.database;
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
  // better-auth's getSession rule: pushed back once `updateAge` has passed since the last push-back, never for a
  // "don't remember me" session (its cookie ends with the browser; better-auth leaves those alone too).
  const due = expiresAt - reader.idleMs + reader.refreshMs <= now;
  const refreshDue = due && !dontRemember(headers, reader);
  return {
    sessionId: row.sessionId,
    token,
    createdAt: new Date(row.createdAt),
    refreshDue,
    storedExpiresAt: row.expiresAt,
    user: { id: row.userId, email: row.email, role: row.role, banned: Boolean(row.banned) },
  };
}

function dontRemember(headers: Headers, reader: Reader): boolean {
  const signed = cookieValue(headers.get("cookie"), reader.dontRememberName);
  return signed !== null && verifiedToken(signed, reader.secret) === "true";
}

/**
 * Pushes a due session's idle deadline to now + the idle limit and returns the cookie to re-set (same signed
 * value, Max-Age the idle limit, better-auth's attributes), or null when another request did it first: the
 * update only applies while the stored deadline is still the one read, so a burst of requests writes once.
 */
export async function refreshSession(
  runtime: ConsoleRuntime,
  session: SessionRecord,
): Promise<SessionCookie | null> {
  const reader = await readerOf(runtime);
  const { db, engine } = runtime.database;
  const now = Date.now();
  const next = new Date(now + reader.idleMs);
  const sqlite = engine === "sqlite";
  const result = await db
    .updateTable("session")
    .set({
      expiresAt: sqlite ? next.toISOString() : next,
      updatedAt: sqlite ? new Date(now).toISOString() : new Date(now),
    })
    .where("id", "=", session.sessionId)
    .where("expiresAt", "=", session.storedExpiresAt)
    .executeTakeFirst();
  if (result.numUpdatedRows !== BigInt(1)) return null;
  return {
    name: reader.cookieName,
    value: signedValue(session.token, reader.secret),
    options: reader.cookieOptions,
  };
}
