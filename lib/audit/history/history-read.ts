import "server-only";
import type { Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import type { OperationHistory, OperationState } from "../audit-types";

/** One operation with its timeline (GET /api/operations-history/<id>), or null. */
export async function loadOperationHistory(
  db: Kysely<ConsoleTables>,
  id: string,
): Promise<OperationHistory | null> {
  const row = await db.selectFrom("audit_operation").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const statuses = await db
    .selectFrom("audit_operation_status")
    .select(["at", "resource", "status", "source"])
    .where("operation_id", "=", id)
    .orderBy("at")
    .execute();
  const state = row.state as OperationState;
  return {
    id: row.id,
    eventId: row.event_id,
    action: row.action,
    cloud: row.cloud,
    region: row.region,
    actor: row.actor,
    kind: row.tracker,
    resources: JSON.parse(row.resources),
    expected: row.expected,
    requestId: row.request_id,
    state,
    submittedAt: row.submitted_at,
    acceptedAt: row.accepted_at,
    closedAt: row.closed_at,
    closeReason: row.close_reason,
    settledInMs: state === "settled" && row.closed_at !== null ? row.closed_at - row.submitted_at : null,
    statuses,
  };
}

/** attempt id → operation id, for the events of one page (the operation is opened on the attempt's id). */
export async function operationsOfAttempts(
  db: Kysely<ConsoleTables>,
  attemptIds: string[],
): Promise<Map<string, string>> {
  if (attemptIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("audit_operation")
    .select(["id", "event_id"])
    .where("event_id", "in", attemptIds)
    .execute();
  return new Map(rows.map((r) => [r.event_id, r.id]));
}
