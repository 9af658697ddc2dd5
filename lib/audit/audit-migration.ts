import type { Kysely } from "kysely";
import type { Migration } from "@/lib/db/migrations";

/**
 * The audit trail and the operation history (issue #14). Portable types only: text and bigint (epoch ms).
 * Indexes serve the /activity filters: every list is newest first on (at, seq), narrowed by one person, one
 * action or one outcome; resource ids, RequestIds and ClientTokens are found through audit_key.
 */
export const auditMigration: Migration = {
  name: "0002-audit-events-operations",
  async up(db: Kysely<never>) {
    await db.schema
      .createTable("audit_event")
      // Position in the hash chain: 1, 2, 3… with no gap (a gap is a removed row).
      .addColumn("seq", "bigint", (c) => c.primaryKey())
      .addColumn("id", "text", (c) => c.notNull().unique())
      .addColumn("at", "bigint", (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("actor_type", "text", (c) => c.notNull())
      .addColumn("actor_id", "text")
      .addColumn("actor_role", "text")
      .addColumn("client_ip", "text")
      .addColumn("user_agent", "text")
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("phase", "text", (c) => c.notNull())
      .addColumn("ref", "text")
      .addColumn("cloud", "text")
      .addColumn("region", "text")
      .addColumn("resources", "text", (c) => c.notNull())
      .addColumn("input", "text")
      .addColumn("outcome", "text")
      .addColumn("reason", "text")
      .addColumn("error_code", "text")
      .addColumn("error_message", "text")
      .addColumn("request_id", "text")
      .addColumn("client_token", "text")
      .addColumn("latency_ms", "bigint")
      .addColumn("detail", "text")
      .addColumn("instance", "text")
      .addColumn("prev_hash", "text", (c) => c.notNull())
      .addColumn("hash", "text", (c) => c.notNull())
      .execute();
    for (const [name, columns] of [
      ["audit_event_at", ["at", "seq"]],
      ["audit_event_actor_at", ["actor", "at", "seq"]],
      ["audit_event_action_at", ["action", "at", "seq"]],
      ["audit_event_outcome_at", ["outcome", "at", "seq"]],
    ] as const)
      await db.schema
        .createIndex(name)
        .on("audit_event")
        .columns([...columns])
        .execute();

    // Resource ids, RequestIds and ClientTokens of each event, for the exact-match "resource" filter.
    await db.schema
      .createTable("audit_key")
      .addColumn("key", "text", (c) => c.notNull())
      .addColumn("seq", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("audit_key_pk", ["key", "seq"])
      .execute();

    // Attempts whose outcome is not written yet (a handful): what recovery looks at after a crash.
    await db.schema
      .createTable("audit_pending")
      .addColumn("attempt_id", "text", (c) => c.primaryKey())
      .addColumn("instance", "text", (c) => c.notNull())
      .addColumn("at", "bigint", (c) => c.notNull())
      .execute();

    // Each running console process, so its pending attempts and watcher leases can be judged alive or dead.
    await db.schema
      .createTable("console_instance")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("host", "text", (c) => c.notNull())
      .addColumn("pid", "bigint", (c) => c.notNull())
      .addColumn("started_at", "bigint", (c) => c.notNull())
      .addColumn("seen_at", "bigint", (c) => c.notNull())
      .addColumn("stopped_at", "bigint")
      .execute();

    await db.schema
      .createTable("audit_operation")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("event_id", "text", (c) => c.notNull())
      .addColumn("action", "text", (c) => c.notNull())
      .addColumn("cloud", "text", (c) => c.notNull())
      .addColumn("region", "text", (c) => c.notNull())
      .addColumn("actor", "text", (c) => c.notNull())
      .addColumn("tracker", "text", (c) => c.notNull())
      .addColumn("resources", "text", (c) => c.notNull())
      .addColumn("expected", "text", (c) => c.notNull())
      .addColumn("read_spec", "text", (c) => c.notNull())
      .addColumn("request_id", "text")
      .addColumn("state", "text", (c) => c.notNull())
      .addColumn("submitted_at", "bigint", (c) => c.notNull())
      .addColumn("accepted_at", "bigint", (c) => c.notNull())
      .addColumn("deadline", "bigint", (c) => c.notNull())
      .addColumn("closed_at", "bigint")
      .addColumn("close_reason", "text")
      .addColumn("last_status", "text", (c) => c.notNull())
      .addColumn("checks", "bigint", (c) => c.notNull())
      .addColumn("next_check_at", "bigint", (c) => c.notNull())
      .addColumn("lease_owner", "text")
      .addColumn("lease_until", "bigint")
      .execute();
    await db.schema
      .createIndex("audit_operation_state_next")
      .on("audit_operation")
      .columns(["state", "next_check_at"])
      .execute();
    await db.schema.createIndex("audit_operation_event").on("audit_operation").column("event_id").execute();

    await db.schema
      .createTable("audit_operation_status")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("operation_id", "text", (c) => c.notNull())
      .addColumn("at", "bigint", (c) => c.notNull())
      .addColumn("resource", "text", (c) => c.notNull())
      .addColumn("status", "text", (c) => c.notNull())
      .addColumn("source", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("audit_operation_status_op")
      .on("audit_operation_status")
      .columns(["operation_id", "at"])
      .execute();
  },
};

/**
 * The operations feed (GET /api/operations-history): an open page asks every few seconds "what started or ended
 * since I last looked", answered from these two indexes without scanning the history.
 */
export const operationTimesMigration: Migration = {
  name: "0003-audit-operation-times",
  async up(db: Kysely<never>) {
    await db.schema
      .createIndex("audit_operation_submitted")
      .on("audit_operation")
      .column("submitted_at")
      .execute();
    await db.schema.createIndex("audit_operation_closed").on("audit_operation").column("closed_at").execute();
  },
};
