import "server-only";
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/database";
import { processWide } from "@/lib/server/process-wide";
import { FIRST_POLL_MS, nextPollDelay } from "@/lib/queries/poll-while";
import type { AuditOperationRow } from "../audit-tables";
import type { SettledCall } from "../audited-operation";
import { GONE, isTransitional, judge, parseProgress, type Progress } from "./judge";
import type { Observation } from "./tracker";
import { trackerByName, trackerOpening } from "./trackers";

/** A poll seen in the browser's stead pushes the watcher's turn back by its interval plus this, so it goes first. */
export const BROWSER_GRACE_MS = 2_000;

/** The browser's cadence (lib/queries/poll-while.ts): 1 s for the first 10 s, then ×1.5 per read up to 10 s. */
export function backoffMs(checks: number): number {
  let delay: number | undefined;
  let elapsed = 0;
  for (let i = 0; i <= checks; i++) {
    delay = nextPollDelay(elapsed, delay);
    elapsed += delay;
  }
  return delay ?? FIRST_POLL_MS;
}

interface OpenOps {
  loadedAt: number;
  ops: Map<string, { tracker: string; resources: string[] }>;
  loading?: Promise<void>;
}

// Which operations are open, per database, refreshed every 2 s: a poll with nothing open costs no query.
const caches = processWide("audit-open-operations", () => new WeakMap<Database, OpenOps>());
const REFRESH_MS = 2_000;

export async function openOperations(database: Database, now = Date.now()): Promise<OpenOps["ops"]> {
  let cache = caches.get(database);
  if (!cache) caches.set(database, (cache = { loadedAt: 0, ops: new Map() }));
  if (now - cache.loadedAt > REFRESH_MS) {
    const current = cache;
    current.loading ??= database.db
      .selectFrom("audit_operation")
      .select(["id", "tracker", "resources"])
      .where("state", "=", "open")
      .execute()
      .then((rows) => {
        current.ops = new Map(
          rows.map((r) => [r.id, { tracker: r.tracker, resources: JSON.parse(r.resources) }]),
        );
        current.loadedAt = Date.now();
      })
      .finally(() => (current.loading = undefined));
    await current.loading;
  }
  return cache.ops;
}

function noteOpen(database: Database, id: string, tracker: string, resources: string[]) {
  caches.get(database)?.ops.set(id, { tracker, resources });
}

function noteClosed(database: Database, id: string) {
  caches.get(database)?.ops.delete(id);
}

/**
 * The operation record an accepted asynchronous mutation opens; it is written with its outcome event (so a recorded
 * success always has its record). Nothing for a refusal, a DryRun, or a synchronous operation. The process's list of
 * open operations learns it at once, so the next status read is recorded (an append that then fails or is retried
 * leaves an entry with no row, which a read skips and the next refresh drops).
 */
export function operationRecord(database: Database, call: SettledCall): AuditOperationRow | null {
  if (call.reply.outcome !== "ok" || call.reply.dryRunPassed || !call.input) return null;
  const tracker = trackerOpening(call.op.id);
  const region = call.region ?? "cn-hangzhou";
  const plan = tracker?.opens[call.op.id]?.(call.input, call.result, region);
  if (!tracker || !plan || plan.resources.length === 0) return null;
  const id = randomUUID();
  const acceptedAt = call.outcome.at;
  const progress: Progress = { status: {}, moved: [] };
  const row: AuditOperationRow = {
    id,
    event_id: call.attempt.id,
    action: call.op.id,
    cloud: call.op.cloud,
    region,
    actor: call.outcome.actor,
    tracker: tracker.name,
    resources: JSON.stringify(plan.resources),
    expected: plan.expected,
    read_spec: JSON.stringify(plan.read),
    request_id: call.reply.requestId,
    state: "open",
    submitted_at: call.attempt.at,
    accepted_at: acceptedAt,
    deadline: acceptedAt + tracker.limitMs,
    closed_at: null,
    close_reason: null,
    last_status: JSON.stringify(progress),
    checks: 0,
    next_check_at: acceptedAt + backoffMs(0) + BROWSER_GRACE_MS,
    lease_owner: null,
    lease_until: null,
  };
  noteOpen(database, id, tracker.name, plan.resources);
  return row;
}

/**
 * Records what one read showed about an operation: each resource's status once per change (with its time and
 * who saw it: a browser's poll or the watcher), and closes the operation when it settled or failed. Written with
 * a check on the last statuses, so two replicas seeing the same change record it once.
 */
export async function recordObservation(
  database: Database,
  id: string,
  observation: Observation,
  source: "poll" | "watcher",
  now = Date.now(),
): Promise<void> {
  const { db } = database;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const row = await db.selectFrom("audit_operation").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row || row.state !== "open") return noteClosed(database, id);
    const tracker = trackerByName(row.tracker);
    if (!tracker) return;
    const resources: string[] = JSON.parse(row.resources);
    const progress = parseProgress(row.last_status);
    const changes: { resource: string; status: string }[] = [];
    let seen = false;
    for (const resource of resources) {
      const status = observation.statuses.get(resource) ?? (observation.covers(resource) ? GONE : undefined);
      if (status === undefined) continue;
      seen = true;
      if (progress.status[resource] === status) continue;
      progress.status[resource] = status;
      changes.push({ resource, status });
      // Seen in transition: settling anywhere but the expected status afterwards is a failure (judge).
      if (isTransitional(tracker, status) && !progress.moved.includes(resource))
        progress.moved.push(resource);
    }
    if (!seen) return;
    const verdict = judge(tracker, row.expected, resources, progress);
    const checks = row.checks + 1;
    const update = {
      last_status: JSON.stringify(progress),
      checks,
      next_check_at: now + backoffMs(checks) + (source === "poll" ? BROWSER_GRACE_MS : 0),
      state: verdict.state,
      closed_at: verdict.state === "open" ? null : now,
      close_reason: verdict.reason ?? null,
    };
    const written = await db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable("audit_operation")
        .set(update)
        .where("id", "=", id)
        .where("state", "=", "open")
        .where("last_status", "=", row.last_status)
        .executeTakeFirst();
      if (result.numUpdatedRows !== BigInt(1)) return false;
      if (changes.length > 0)
        await trx
          .insertInto("audit_operation_status")
          .values(
            changes.map((c) => ({
              id: randomUUID(),
              operation_id: id,
              at: now,
              resource: c.resource,
              status: c.status,
              source,
            })),
          )
          .execute();
      return true;
    });
    if (written) {
      if (verdict.state !== "open") noteClosed(database, id);
      return;
    }
  }
}

/** Closes an operation that ran out of time without settling ("not confirmed"). */
export async function closeNotConfirmed(
  database: Database,
  row: Pick<AuditOperationRow, "id">,
  now = Date.now(),
) {
  await database.db
    .updateTable("audit_operation")
    .set({
      state: "not-confirmed",
      closed_at: now,
      close_reason: "time limit reached",
      lease_owner: null,
      lease_until: null,
    })
    .where("id", "=", row.id)
    .where("state", "=", "open")
    .execute();
  noteClosed(database, row.id);
}
