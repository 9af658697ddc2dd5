import type { Kysely } from "kysely";
import { auditMigration, operationTimesMigration } from "@/lib/audit/audit-migration";
import { apiTokenMigration } from "@/lib/tokens/token-migration";

/**
 * The console's own schema, one entry per change, applied in order and never edited once released (add a new
 * entry instead). The same statements run on the embedded store and on PostgreSQL: only portable types
 * (text, bigint) are used. better-auth's tables are created by its own migration step (lib/db/migrate.ts).
 */
export interface Migration {
  name: string;
  up(db: Kysely<never>): Promise<void>;
}

export const MIGRATIONS: Migration[] = [
  {
    name: "0001-settings-setup-sign-in-failures",
    async up(db) {
      await db.schema
        .createTable("console_setting")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("setup_token")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addColumn("used_at", "bigint")
        .execute();
      await db.schema
        .createTable("sign_in_failure")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("sign_in_failure_key_at")
        .on("sign_in_failure")
        .columns(["key", "at"])
        .execute();
    },
  },
  {
    // Fleet-wide pacing of rate-limited cloud APIs (lib/db/fleet-rate-limit.ts); used on PostgreSQL only.
    name: "0002-rate-booking",
    async up(db) {
      await db.schema
        .createTable("rate_booking")
        .addColumn("key", "text", (c) => c.notNull())
        .addColumn("start_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("rate_booking_key_start")
        .on("rate_booking")
        .columns(["key", "start_at"])
        .execute();
    },
  },
  auditMigration,
  operationTimesMigration,
  apiTokenMigration,
];
