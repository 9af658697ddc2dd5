import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import { hasRole, roleOf, type Role } from "@/lib/auth/roles";
import { MAX_TOKENS_PER_USER, TOKEN_PREFIX, type CreateTokenInput, type TokenSummary } from "./token-rules";

type Db = Kysely<ConsoleTables>;
type TokenRow = ConsoleTables["api_token"];

const DAY_MS = 86_400_000;
/** `last_used_at` is written at most this often per token: a polling script must not turn every read into a write. */
export const LAST_USED_EVERY_MS = 60_000;

/** 32 random bytes (256 bits) behind the prefix: far beyond guessing, so a plain SHA-256 is enough to store it. */
export function newSecret(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Only strings shaped like our secrets are looked up (anything else is refused without a query). */
export function looksLikeSecret(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX) && /^[A-Za-z0-9_-]{43}$/.test(value.slice(TOKEN_PREFIX.length));
}

function summary(row: TokenRow, owner?: string): TokenSummary {
  return {
    id: row.id,
    name: row.name,
    role: roleOf(row.role),
    hint: row.hint,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    lastUsedAt: row.last_used_at === null ? null : Number(row.last_used_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
    ...(owner === undefined ? {} : { owner }),
  };
}

export type CreateResult =
  | { ok: true; token: TokenSummary; secret: string }
  | { ok: false; code: "Forbidden.TokenRole" | "LimitExceeded.Tokens" };

/**
 * A new token for `user`: its role may not exceed the user's own (a viewer cannot mint an operator token), and its
 * secret is returned here once, never stored.
 */
export async function createToken(
  db: Db,
  user: { id: string; role: Role },
  input: CreateTokenInput,
  now = Date.now(),
): Promise<CreateResult> {
  if (!hasRole(user.role, input.role)) return { ok: false, code: "Forbidden.TokenRole" };
  const live = await db
    .selectFrom("api_token")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", user.id)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirstOrThrow();
  if (Number(live.n) >= MAX_TOKENS_PER_USER) return { ok: false, code: "LimitExceeded.Tokens" };
  const secret = newSecret();
  const row: TokenRow = {
    id: randomUUID(),
    user_id: user.id,
    name: input.name,
    token_hash: hashSecret(secret),
    hint: secret.slice(-4),
    role: input.role,
    created_at: now,
    expires_at: now + input.expiresInDays * DAY_MS,
    last_used_at: null,
    revoked_at: null,
    revoked_by: null,
  };
  await db.insertInto("api_token").values(row).execute();
  return { ok: true, token: summary(row), secret };
}

/** One person's tokens, or (an administrator's view) everyone's with their owner's email; newest first. */
export async function listTokens(db: Db, userId: string | null): Promise<TokenSummary[]> {
  let query = db
    .selectFrom("api_token")
    .leftJoin("user", "user.id", "api_token.user_id")
    .selectAll("api_token")
    .select("user.email as owner")
    .orderBy("api_token.created_at", "desc")
    .limit(1000);
  if (userId !== null) query = query.where("api_token.user_id", "=", userId);
  const rows = await query.execute();
  return rows.map((row) => summary(row, userId === null ? (row.owner ?? "") : undefined));
}

export async function findToken(db: Db, id: string) {
  return db.selectFrom("api_token").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Revokes a live token; false when there was none to revoke (unknown, or already revoked). */
export async function revokeToken(db: Db, id: string, by: string, now = Date.now()): Promise<boolean> {
  const result = await db
    .updateTable("api_token")
    .set({ revoked_at: now, revoked_by: by })
    .where("id", "=", id)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface TokenHolder {
  token: { id: string; name: string };
  user: { id: string; email: string; role: Role };
}

/** Why a secret was not accepted: `unknown` when it matches no token (a guess, a typo, a deleted row). */
export type TokenRefusal = "unknown" | "expired" | "revoked" | "disabled";

export type TokenCheck =
  | { ok: true; holder: TokenHolder }
  | { ok: false; reason: TokenRefusal; token?: { id: string; name: string; owner: string } };

/**
 * The person a bearer secret acts for, or why not: unknown, revoked, expired, or its owner disabled or removed.
 * The role is the lesser of the token's and the owner's current one, so demoting a person demotes their tokens.
 */
export async function authenticateToken(db: Db, secret: string, now = Date.now()): Promise<TokenCheck> {
  if (!looksLikeSecret(secret)) return { ok: false, reason: "unknown" };
  const row = await db
    .selectFrom("api_token")
    .innerJoin("user", "user.id", "api_token.user_id")
    .select([
      "api_token.id as id",
      "api_token.name as name",
      "api_token.role as tokenRole",
      "api_token.expires_at as expiresAt",
      "api_token.revoked_at as revokedAt",
      "api_token.last_used_at as lastUsedAt",
      "user.id as userId",
      "user.email as email",
      "user.role as userRole",
      "user.banned as banned",
    ])
    .where("api_token.token_hash", "=", hashSecret(secret))
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "unknown" };
  const token = { id: row.id, name: row.name, owner: row.email };
  if (row.revokedAt !== null) return { ok: false, reason: "revoked", token };
  if (Number(row.expiresAt) <= now) return { ok: false, reason: "expired", token };
  if (row.banned) return { ok: false, reason: "disabled", token };
  if (row.lastUsedAt === null || Number(row.lastUsedAt) + LAST_USED_EVERY_MS <= now) {
    await db.updateTable("api_token").set({ last_used_at: now }).where("id", "=", row.id).execute();
  }
  const tokenRole = roleOf(row.tokenRole);
  const userRole = roleOf(row.userRole);
  return {
    ok: true,
    holder: {
      token: { id: row.id, name: row.name },
      user: { id: row.userId, email: row.email, role: hasRole(userRole, tokenRole) ? tokenRole : userRole },
    },
  };
}
