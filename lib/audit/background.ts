import "server-only";
import { getRuntime } from "@/lib/auth/runtime";
import { processWide } from "@/lib/server/process-wide";
import { OperationWatcher, WATCHER_TICK_MS } from "./history/watcher";
import { heartbeat, HEARTBEAT_MS, markStopped, registerInstance } from "./instance";
import { recoverAbandonedAttempts } from "./recovery";
import { pruneAudit, retentionDays } from "./retention";

const RETENTION_EVERY_MS = 6 * 3_600_000;

/** Work that runs beside the requests, every `everyMs`; `stop` hands its work back at shutdown. */
export type BackgroundTask = { everyMs: number; run(now: number): Promise<void>; stop?(): Promise<void> };

const state = processWide("audit-background", () => ({ started: false, tasks: [] as BackgroundTask[] }));

function report(what: string) {
  return (error: unknown) =>
    console.error(`[audit] ${what} failed: ${error instanceof Error ? error.message : error}`);
}

/**
 * Starts the audit trail's background work once per server process: register this instance, turn the attempts a
 * dead process left into `unknown` outcomes, keep a heartbeat, prune past AUDIT_RETENTION_DAYS, and follow open
 * operations nobody watches (lib/audit/history/watcher.ts). Registers a shutdown hook (scripts/console-server.mjs calls it on
 * SIGTERM after draining) that stops the tasks, hands their work back and marks the instance stopped.
 */
export async function startAuditBackground(extra: BackgroundTask[] = []) {
  if (state.started) return;
  state.started = true;
  const days = retentionDays();
  const runtime = await getRuntime();
  const { database } = runtime;
  await registerInstance(database.db);
  await recoverAbandonedAttempts(database).catch(report("recovery"));
  const watcher = new OperationWatcher(database);
  const tasks: BackgroundTask[] = [
    { everyMs: WATCHER_TICK_MS, run: (now) => watcher.tick(now), stop: () => watcher.stop() },
    { everyMs: HEARTBEAT_MS, run: async (now) => void (await heartbeat(database.db, now)) },
    { everyMs: HEARTBEAT_MS, run: async (now) => void (await recoverAbandonedAttempts(database, now)) },
    { everyMs: RETENTION_EVERY_MS, run: async (now) => void (await pruneAudit(database, days, now)) },
    ...extra,
  ];
  state.tasks = tasks;
  const timers = tasks.map((task) => {
    let busy = false;
    const tick = () => {
      if (busy) return;
      busy = true;
      task
        .run(Date.now())
        .catch(report("background task"))
        .finally(() => (busy = false));
    };
    tick();
    const timer = setInterval(tick, task.everyMs);
    timer.unref();
    return timer;
  });
  const hooks = ((globalThis as Record<symbol, unknown>)[Symbol.for("cloudnet.shutdown")] ??= []) as Array<
    () => Promise<void>
  >;
  hooks.push(async () => {
    timers.forEach(clearInterval);
    for (const task of tasks) await task.stop?.().catch(report("stopping a task"));
    await markStopped(database.db).catch(report("marking the instance stopped"));
  });
}
