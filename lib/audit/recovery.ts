import "server-only";
import type { Database } from "@/lib/db/database";
import type { ActorType } from "./audit-types";
import { auditWriter } from "./audit-writer";
import { eventOfRow } from "./event-rows";
import { deadInstances } from "./instance";

export const NO_OUTCOME_CODE = "NoOutcomeRecorded";
/**
 * An attempt still pending after this long has no call behind it even when its process lives: a cloud call
 * gives up within seconds (10 s per try, a few tries), so only an outcome that could not be written (the
 * database failed three times after the cloud answered) is left. Without this rule it would stay pending
 * until its process stopped.
 */
export const STALE_PENDING_MS = 15 * 60_000;

/**
 * Attempts whose console process died between the attempt and the outcome (kill -9, power cut, crash), or
 * whose outcome could not be written ({@link STALE_PENDING_MS}), get the outcome `unknown`: the cloud may or may not have applied them. Runs at start and on every watcher tick; cheap
 * when nothing is pending. Each outcome commits with the removal of its pending marker, and a marker someone
 * else already removed rolls the write back, so two replicas never record the same attempt twice.
 */
export async function recoverAbandonedAttempts(database: Database, now = Date.now()): Promise<number> {
  const { db } = database;
  const pending = await db.selectFrom("audit_pending").selectAll().limit(500).execute();
  if (pending.length === 0) return 0;
  const dead = await deadInstances(db, [...new Set(pending.map((p) => p.instance))], now);
  const abandoned = pending
    .filter((p) => dead.has(p.instance) || Number(p.at) < now - STALE_PENDING_MS)
    .map((p) => p.attempt_id);
  if (abandoned.length === 0) return 0;
  const attempts = await db.selectFrom("audit_event").selectAll().where("id", "in", abandoned).execute();
  let recovered = 0;
  for (const row of attempts) {
    const attempt = eventOfRow(row);
    try {
      await auditWriter(database).append(
        [
          {
            actor: { ...attempt.actor, type: attempt.actor.type as ActorType },
            action: attempt.action,
            phase: "outcome",
            ref: attempt.id,
            cloud: attempt.cloud,
            region: attempt.region,
            resources: attempt.resources,
            input: attempt.input ?? undefined,
            outcome: "unknown",
            errorCode: NO_OUTCOME_CODE,
            errorMessage:
              "The console stopped before the cloud's answer was recorded; the change may or may not have been applied.",
            clientToken: attempt.clientToken,
            latencyMs: null,
            detail: { ...attempt.detail, recovered: true },
          },
        ],
        async (trx) => {
          const removed = await trx
            .deleteFrom("audit_pending")
            .where("attempt_id", "=", attempt.id)
            .executeTakeFirst();
          if (removed.numDeletedRows !== BigInt(1)) throw new Error("already recovered");
        },
      );
      recovered += 1;
    } catch {
      // Recovered by another replica, or the database failed: the next tick looks again.
    }
  }
  // Markers whose attempt row is gone (pruned) have nothing left to recover.
  const orphans = abandoned.filter((id) => !attempts.some((a) => a.id === id));
  if (orphans.length > 0) await db.deleteFrom("audit_pending").where("attempt_id", "in", orphans).execute();
  return recovered;
}
