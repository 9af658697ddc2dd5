import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sql, type Kysely } from "kysely";
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

export async function setupTokenState(
  db: Kysely<ConsoleTables>,
  token: string,
  now = Date.now(),
): Promise<SetupTokenState> {
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

/** The row that says "a first administrator is being created" (console_setting; value: when it was claimed). */
const CLAIM_KEY = "setup_claim";
/** A claim this old was left by a process that died mid-setup: the next valid link may take it over. */
export const SETUP_CLAIM_STALE_MS = 5 * 60_000;

export type SetupRefusal = "unknown" | "used" | "expired" | "busy" | "done";

export type SetupClaim =
  { ok: true; release(created: boolean): Promise<void> } | { ok: false; reason: SetupRefusal };

class Refused extends Error {
  constructor(readonly reason: SetupRefusal) {
    super(reason);
  }
}

/**
 * Spends the link and claims the first-administrator slot in one transaction, so exactly one of any number of
 * concurrent setups (same link or several) goes on to create the administrator: the token is spent by a
 * conditional UPDATE, the slot is one console_setting row only one INSERT can create, and "no administrator yet"
 * is checked after both. Any refusal rolls everything back (a link is only spent by the setup that uses it).
 * `release(created)` frees the slot once the administrator exists (later setups then see one and stop), or
 * gives the link back too when creating them failed.
 */
export async function claimSetup(
  db: Kysely<ConsoleTables>,
  token: string,
  now = Date.now(),
): Promise<SetupClaim> {
  const hash = hashToken(token);
  const stamp = String(now);
  try {
    await db.transaction().execute(async (trx) => {
      if (!(await consumeSetupToken(trx, token, now))) {
        const state = await setupTokenState(trx, token, now);
        // "valid" here means another request spent it between the two reads: that request is setting up.
        throw new Refused(state === "valid" ? "busy" : state);
      }
      const claimed = await trx
        .insertInto("console_setting")
        .values({ key: CLAIM_KEY, value: stamp })
        .onConflict((oc) =>
          oc
            .column("key")
            .doUpdateSet({ value: stamp })
            .where(sql<number>`cast(console_setting.value as bigint)`, "<", now - SETUP_CLAIM_STALE_MS),
        )
        .returning("key")
        .executeTakeFirst();
      if (!claimed) throw new Refused("busy");
      if (await hasAdmin(trx)) throw new Refused("done");
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    throw error;
  }
  return {
    ok: true,
    async release(created) {
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom("console_setting")
          .where("key", "=", CLAIM_KEY)
          .where("value", "=", stamp)
          .execute();
        if (!created)
          await trx
            .updateTable("setup_token")
            .set({ used_at: null })
            .where("token_hash", "=", hash)
            .where("used_at", "=", now)
            .execute();
      });
    },
  };
}
