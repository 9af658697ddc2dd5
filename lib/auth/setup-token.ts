import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";

export const SETUP_TOKEN_TTL_MS = 60 * 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function hasAdmin(db: Kysely<ConsoleTables>): Promise<boolean> {
  const row = await db
    .selectFrom("user")
    .select("id")
    .where("role", "=", "admin")
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A new single-use setup token while no admin exists (null once one does). Only its hash is stored; earlier
 * unused tokens stay valid until they expire, so a restart does not break a link someone is already using.
 */
export async function issueSetupToken(db: Kysely<ConsoleTables>, now = Date.now()): Promise<string | null> {
  if (await hasAdmin(db)) return null;
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("setup_token")
    .values({
      token_hash: hashToken(token),
      created_at: now,
      expires_at: now + SETUP_TOKEN_TTL_MS,
      used_at: null,
    })
    .execute();
  return token;
}

export type SetupTokenState = "valid" | "unknown" | "used" | "expired";

export async function setupTokenState(db: Kysely<ConsoleTables>, token: string, now = Date.now()) {
  const row = await db
    .selectFrom("setup_token")
    .selectAll()
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return "unknown" satisfies SetupTokenState;
  if (row.used_at !== null) return "used" satisfies SetupTokenState;
  if (row.expires_at <= now) return "expired" satisfies SetupTokenState;
  return "valid" satisfies SetupTokenState;
}

/** Marks the token used; true only for the one caller that did so (a replayed or racing use gets false). */
export async function consumeSetupToken(db: Kysely<ConsoleTables>, token: string, now = Date.now()) {
  const result = await db
    .updateTable("setup_token")
    .set({ used_at: now })
    .where("token_hash", "=", hashToken(token))
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return result.numUpdatedRows === BigInt(1);
}
