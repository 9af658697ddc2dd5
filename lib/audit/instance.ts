import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import { processWide } from "@/lib/server/process-wide";

/**
 * This console process as the database knows it. Pending attempts and watcher leases name their instance, so
 * another process can tell whether they are still being worked on: an instance is dead once it said it stopped,
 * once its heartbeat is older than {@link INSTANCE_DEAD_AFTER_MS}, or at once when it ran on this host and its
 * process is gone (a restart after kill -9 need not wait for the heartbeat to age).
 */
export const INSTANCE_DEAD_AFTER_MS = 20_000;
export const HEARTBEAT_MS = 5_000;

const self = processWide("audit-instance", () => ({
  id: randomUUID(),
  registered: new WeakSet<object>(),
}));

export function instanceId(): string {
  return self.id;
}

/** Writes this process's row once per database (idempotent). */
export async function registerInstance(db: Kysely<ConsoleTables>, now = Date.now()): Promise<string> {
  if (self.registered.has(db)) return self.id;
  await db
    .insertInto("console_instance")
    .values({
      id: self.id,
      host: hostname(),
      pid: process.pid,
      started_at: now,
      seen_at: now,
      stopped_at: null,
    })
    .onConflict((oc) => oc.column("id").doUpdateSet({ seen_at: now, stopped_at: null }))
    .execute();
  self.registered.add(db);
  return self.id;
}

export async function heartbeat(db: Kysely<ConsoleTables>, now = Date.now()) {
  await registerInstance(db, now);
  await db.updateTable("console_instance").set({ seen_at: now }).where("id", "=", self.id).execute();
}

export async function markStopped(db: Kysely<ConsoleTables>, now = Date.now()) {
  await db.updateTable("console_instance").set({ stopped_at: now }).where("id", "=", self.id).execute();
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface InstanceRow {
  id: string;
  host: string;
  pid: number;
  seen_at: number;
  stopped_at: number | null;
}

export function isAlive(row: InstanceRow | undefined, now = Date.now()): boolean {
  if (!row) return false;
  if (row.id === self.id) return true;
  if (row.stopped_at !== null) return false;
  if (row.seen_at < now - INSTANCE_DEAD_AFTER_MS) return false;
  if (row.host === hostname() && !processExists(Number(row.pid))) return false;
  return true;
}

/** The instances among `ids` that are dead (unknown ids count as dead). */
export async function deadInstances(db: Kysely<ConsoleTables>, ids: string[], now = Date.now()) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom("console_instance")
    .select(["id", "host", "pid", "seen_at", "stopped_at"])
    .where("id", "in", ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Set(ids.filter((id) => !isAlive(byId.get(id), now)));
}
