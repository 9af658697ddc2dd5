import "server-only";
import { callOperation } from "@/lib/cloud/call-operation";
import { CloudError } from "@/lib/cloud/cloud-error";
import { RateLimiter } from "@/lib/cloud/rate-limit";
import type { Database } from "@/lib/db/database";
import { findOperation } from "@/lib/operations/catalog";
import type { AuditOperationRow } from "../audit-tables";
import { instanceId } from "../instance";
import { backoffMs, closeNotConfirmed, recordObservation } from "./operations-store";
import type { Observation, ReadSpec } from "./tracker";
import { trackerByName } from "./trackers";

export interface WatcherOptions {
  /** Who holds the leases: this process's instance id (tests name two replicas in one process). */
  owner?: string;
  /** Cloud reads in flight at once, per replica. */
  concurrency?: number;
  /** How long a lease lasts unless renewed; a dead replica's operations are taken over after it. */
  leaseMs?: number;
  /** Cloud reads started per second, per replica (on top of the products' own rate limits in lib/cloud). */
  callsPerSecond?: number;
  read?: (spec: ReadSpec) => Promise<unknown>;
}

export const WATCHER_TICK_MS = 1_000;
export const LEASE_MS = 20_000;

const defaultRead = async (spec: ReadSpec) => {
  const op = findOperation(spec.operationId);
  if (!op) throw new Error(`No operation ${spec.operationId} in the catalog.`);
  return (await callOperation(op, spec.input, { region: spec.region })).result;
};

/** The cloud says the resource does not exist (any product's spelling). */
function isNotFound(error: unknown): boolean {
  return error instanceof CloudError && (error.httpStatus === 404 || /NotFound|NotExist/.test(error.code));
}

const EVERYTHING_GONE: Observation = { statuses: new Map(), covers: () => true };

/**
 * Follows open operations nobody's browser is polling (their next check is due): reads each resource's status
 * with the browser's back-off, at most a few reads in flight and a few per second, and records what it sees
 * through the same path as a poll. Each operation is taken under a lease in the database (owner + expiry, claimed
 * with a conditional update), renewed while held, so replicas never watch the same one and a dead replica's
 * operations are taken over once its leases expire (LEASE_MS + a tick, well inside 30 s). An operation past its
 * kind's time limit closes as "not confirmed".
 */
export class OperationWatcher {
  readonly owner: string;
  private readonly concurrency: number;
  private readonly leaseMs: number;
  private readonly read: (spec: ReadSpec) => Promise<unknown>;
  private readonly limiter = new RateLimiter();
  private readonly callsPerSecond: number;
  private readonly inFlight = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly database: Database,
    options: WatcherOptions = {},
  ) {
    this.owner = options.owner ?? instanceId();
    this.concurrency = options.concurrency ?? 3;
    this.leaseMs = options.leaseMs ?? LEASE_MS;
    this.callsPerSecond = options.callsPerSecond ?? 5;
    this.read = options.read ?? defaultRead;
  }

  /** One round: renew held leases, claim due operations up to the concurrency, start their checks. */
  async tick(now = Date.now()): Promise<void> {
    if (this.stopped) return;
    const { db } = this.database;
    await db
      .updateTable("audit_operation")
      .set({ lease_until: now + this.leaseMs })
      .where("lease_owner", "=", this.owner)
      .where("state", "=", "open")
      .execute();
    const free = this.concurrency - this.inFlight.size;
    if (free <= 0) return;
    const due = await db
      .selectFrom("audit_operation")
      .selectAll()
      .where("state", "=", "open")
      .where("next_check_at", "<=", now)
      .where((eb) =>
        eb.or([
          eb("lease_owner", "is", null),
          eb("lease_owner", "=", this.owner),
          eb("lease_until", "<", now),
        ]),
      )
      .orderBy("next_check_at")
      .limit(free * 2)
      .execute();
    for (const row of due) {
      if (this.inFlight.size >= this.concurrency) break;
      if (this.inFlight.has(row.id) || !(await this.claim(row.id, now))) continue;
      const check = this.check(row, now).finally(() => this.inFlight.delete(row.id));
      this.inFlight.set(row.id, check);
    }
  }

  /** Resolves when every check started so far has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Stops claiming, lets checks in flight finish, and hands every lease back for another replica to take. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
    await this.database.db
      .updateTable("audit_operation")
      .set({ lease_owner: null, lease_until: null })
      .where("lease_owner", "=", this.owner)
      .execute();
  }

  /**
   * Takes one operation's lease: true only for the one caller whose conditional update matched (free, its own,
   * or expired), so two replicas that both saw it due cannot both take it.
   */
  async claim(id: string, now: number): Promise<boolean> {
    const result = await this.database.db
      .updateTable("audit_operation")
      .set({ lease_owner: this.owner, lease_until: now + this.leaseMs })
      .where("id", "=", id)
      .where("state", "=", "open")
      .where((eb) =>
        eb.or([
          eb("lease_owner", "is", null),
          eb("lease_owner", "=", this.owner),
          eb("lease_until", "<", now),
        ]),
      )
      .executeTakeFirst();
    return result.numUpdatedRows === BigInt(1);
  }

  private async check(row: AuditOperationRow, now: number): Promise<void> {
    if (now >= row.deadline) return closeNotConfirmed(this.database, row, now);
    const tracker = trackerByName(row.tracker);
    const spec = JSON.parse(row.read_spec) as ReadSpec;
    const observe = tracker?.observes[spec.operationId];
    if (!tracker || !observe) return closeNotConfirmed(this.database, row, now);
    try {
      await this.limiter.acquire("watcher", this.callsPerSecond);
      const result = await this.read(spec);
      await recordObservation(
        this.database,
        row.id,
        observe(spec.input, result),
        "watcher",
        Math.max(Date.now(), now),
      );
    } catch (error) {
      if (isNotFound(error))
        await recordObservation(this.database, row.id, EVERYTHING_GONE, "watcher", Math.max(Date.now(), now));
      // Anything else (throttled, network): try again after the back-off.
    }
    // A read that said nothing about the operation still counts: the back-off advances.
    await this.database.db
      .updateTable("audit_operation")
      .set({ checks: row.checks + 1, next_check_at: now + backoffMs(row.checks + 1) })
      .where("id", "=", row.id)
      .where("state", "=", "open")
      .where("next_check_at", "<=", now)
      .execute();
  }
}
