import "server-only";
import type { Database } from "@/lib/db/database";
import { auditWriter } from "./audit-writer";
import { GENESIS_HASH } from "./chain";
import type { CheckpointDetail } from "./verify";

export const DEFAULT_RETENTION_DAYS = 365;
const DAY_MS = 86_400_000;

export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.AUDIT_RETENTION_DAYS?.trim();
  if (!raw) return DEFAULT_RETENTION_DAYS;
  const days = Number(raw);
  if (!Number.isFinite(days) || days <= 0)
    throw new Error(`AUDIT_RETENTION_DAYS must be a positive number of days (got "${raw}").`);
  return days;
}

/**
 * Retention, the one deletion the audit trail allows: events older than `days` go, and a checkpoint event is
 * appended in the same transaction naming the first event kept and the hash it links back to, so `verify` can
 * tell a pruned start from a removed one. Closed operation records of that age go too. Returns how many events
 * were pruned (0: nothing old enough, and then no checkpoint is written).
 */
export async function pruneAudit(database: Database, days: number, now = Date.now()): Promise<number> {
  const { db } = database;
  const before = now - days * DAY_MS;
  const first = await db.selectFrom("audit_event").select("seq").orderBy("seq").limit(1).executeTakeFirst();
  if (!first) return 0;
  const kept = await db
    .selectFrom("audit_event")
    .select(["seq", "prev_hash"])
    .where("at", ">=", before)
    .orderBy("at")
    .orderBy("seq")
    .limit(1)
    .executeTakeFirst();
  const head = await db
    .selectFrom("audit_event")
    .select(["seq", "hash"])
    .orderBy("seq", "desc")
    .limit(1)
    .executeTakeFirstOrThrow();
  // Everything old enough: the checkpoint itself becomes the first event kept.
  const keptFrom = kept ?? { seq: head.seq + 1, prev_hash: head.hash };
  if (keptFrom.seq <= first.seq) return 0;
  const detail: CheckpointDetail = {
    keptFromSeq: keptFrom.seq,
    keptFromPrevHash: keptFrom.prev_hash ?? GENESIS_HASH,
    pruned: keptFrom.seq - first.seq,
    before,
  };
  await auditWriter(database).append(
    [
      {
        actor: { name: "system", type: "system" },
        action: "audit.checkpoint",
        phase: "event",
        outcome: "ok",
        detail: { ...detail, retentionDays: days },
      },
    ],
    async (trx) => {
      // Another replica pruned meanwhile: roll back rather than write a second, wrong checkpoint.
      const still = await trx
        .selectFrom("audit_event")
        .select("seq")
        .orderBy("seq")
        .limit(1)
        .executeTakeFirst();
      if (still?.seq !== first.seq) throw new Error("The audit trail was pruned concurrently.");
      await trx.deleteFrom("audit_key").where("seq", "<", keptFrom.seq).execute();
      await trx.deleteFrom("audit_event").where("seq", "<", keptFrom.seq).execute();
      const old = trx
        .selectFrom("audit_operation")
        .select("id")
        .where("state", "<>", "open")
        .where("closed_at", "<", before);
      await trx.deleteFrom("audit_operation_status").where("operation_id", "in", old).execute();
      await trx
        .deleteFrom("audit_operation")
        .where("state", "<>", "open")
        .where("closed_at", "<", before)
        .execute();
      await trx.deleteFrom("console_instance").where("seen_at", "<", before).execute();
    },
  );
  return detail.pruned;
}
