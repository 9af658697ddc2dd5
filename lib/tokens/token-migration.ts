import type { Kysely } from "kysely";
import type { Migration } from "@/lib/db/migrations";

/**
 * Personal API tokens (issue #19). Only the SHA-256 of a secret is kept: a copy of the database cannot act as
 * anyone. Portable types only (text, bigint epoch ms), as every console migration.
 */
export const apiTokenMigration: Migration = {
  name: "0004-api-tokens",
  async up(db: Kysely<never>) {
    await db.schema
      .createTable("api_token")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("hint", "text", (c) => c.notNull())
      .addColumn("role", "text", (c) => c.notNull())
      .addColumn("created_at", "bigint", (c) => c.notNull())
      .addColumn("expires_at", "bigint", (c) => c.notNull())
      .addColumn("last_used_at", "bigint")
      .addColumn("revoked_at", "bigint")
      .addColumn("revoked_by", "text")
      .execute();
    await db.schema
      .createIndex("api_token_user")
      .on("api_token")
      .columns(["user_id", "created_at"])
      .execute();
  },
};
