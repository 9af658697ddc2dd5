import "server-only";
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/database";
import { processWide } from "@/lib/server/process-wide";
import type { AuditEventRow, AuditOperationRow } from "./audit-tables";
import type { AuditActor, AuditOutcome, AuditPhase, RefusalReason } from "./audit-types";
import { eventHash, GENESIS_HASH } from "./chain";
import { appendAtHead, type ChainHead, type ChainRows, type Trx } from "./chain-append";

export interface NewAuditEvent {
  id?: string;
  actor: AuditActor;
  action: string;
  phase: AuditPhase;
  ref?: string | null;
  cloud?: string | null;
  region?: string | null;
  resources?: readonly string[];
  /** Already redacted (lib/audit/redact.ts). */
  input?: unknown;
  outcome?: AuditOutcome | null;
  reason?: RefusalReason | null;
  errorCode?: string | null;
  errorMessage?: string | null;
  requestId?: string | null;
  clientToken?: string | null;
  latencyMs?: number | null;
  detail?: Record<string, unknown> | null;
  instance?: string | null;
  /** Extra keys the "resource" filter should find this event by (besides resources, RequestId, ClientToken). */
  keys?: readonly string[];
  /**
   * The in-flight marker of a mutation (what recovery looks at after a crash): an attempt opens it (with its
   * `instance`), its outcome closes the one of its `ref` — in the same transaction (on PostgreSQL, usually the
   * event's own statement).
   */
  pending?: "open" | "close";
  /** The operation record this event opens (an accepted asynchronous mutation's outcome), made from its stored row. */
  operation?: (row: AuditEventRow) => AuditOperationRow | null;
}

export type { Trx };

/**
 * Statements that must run in the events' transaction (a check that rolls the append back, a pruning). Rows that
 * only commit with the events are data on the event instead (`pending`, `operation`): on PostgreSQL they go in the
 * event's own statement, where a transaction would cost two more round trips.
 */
export type AlsoInTransaction = (trx: Trx, rows: AuditEventRow[]) => Promise<void>;

interface Queued {
  events: NewAuditEvent[];
  also?: AlsoInTransaction;
  resolve(rows: AuditEventRow[]): void;
  reject(error: unknown): void;
}

const MAX_INPUT_CHARS = 16_000;
const MAX_TEXT_CHARS = 2_000;
const MAX_BATCH = 200;

function clip(value: string | null | undefined, max = MAX_TEXT_CHARS): string | null {
  if (value === undefined || value === null) return null;
  return value.length > max ? value.slice(0, max) : value;
}

function inputText(input: unknown): string | null {
  if (input === undefined) return null;
  const text = JSON.stringify(input);
  // A huge input (a refused request can be anything) is recorded by its size, not stored whole.
  return text.length > MAX_INPUT_CHARS ? JSON.stringify({ truncated: true, chars: text.length }) : text;
}

/** The stored row of an event at a chain position (its hash included); the writer's and the benchmark seeder's. */
export function eventRow(event: NewAuditEvent, seq: number, at: number, prevHash: string): AuditEventRow {
  const row: Omit<AuditEventRow, "hash"> = {
    seq,
    id: event.id ?? randomUUID(),
    at,
    actor: clip(event.actor.name, 320)!,
    actor_type: event.actor.type,
    actor_id: event.actor.userId ?? null,
    actor_role: event.actor.role ?? null,
    client_ip: clip(event.actor.clientIp, 100),
    user_agent: clip(event.actor.userAgent, 512),
    action: event.action,
    phase: event.phase,
    ref: event.ref ?? null,
    cloud: event.cloud ?? null,
    region: event.region ?? null,
    resources: JSON.stringify(event.resources ?? []),
    input: inputText(event.input),
    outcome: event.outcome ?? null,
    reason: event.reason ?? null,
    error_code: clip(event.errorCode, 200),
    error_message: clip(event.errorMessage),
    request_id: clip(event.requestId, 200),
    client_token: clip(event.clientToken, 200),
    latency_ms:
      event.latencyMs === undefined || event.latencyMs === null ? null : Math.round(event.latencyMs),
    detail: event.detail ? JSON.stringify(event.detail) : null,
    instance: event.instance ?? null,
    prev_hash: prevHash,
  };
  return { ...row, hash: eventHash(row) };
}

/** The exact-match keys of an event (resources, RequestId, ClientToken) for audit_key. */
export function keysOf(event: NewAuditEvent): string[] {
  const keys = new Set<string>([...(event.resources ?? []), ...(event.keys ?? [])]);
  if (event.requestId) keys.add(event.requestId);
  if (event.clientToken) keys.add(event.clientToken);
  return [...keys].filter((k) => k.length > 0 && k.length <= 200);
}

/**
 * Appends events to the store's hash chain. Callers queue; one commit at a time takes everything queued (group
 * commit), numbers and hashes the events after the chain's head and commits them, so that no other writer can fork
 * the chain (lib/audit/chain-append.ts). `append` resolves only after the commit, so
 * an answer that waits for it never gets ahead of its record. A failed batch is retried item by item, so one
 * bad item cannot fail the others; a failure is always thrown to the caller, never swallowed.
 */
export class AuditWriter {
  private queue: Queued[] = [];
  private running = false;
  /** The chain's head as this writer last wrote it: where its next append starts (lib/audit/chain-append.ts). */
  private readonly seen: { head?: ChainHead } = {};

  constructor(private readonly database: Database) {}

  append(events: NewAuditEvent[], also?: AlsoInTransaction): Promise<AuditEventRow[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ events, also, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain() {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        try {
          const rows = await this.commit(batch);
          batch.forEach((item, i) => item.resolve(rows[i]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else
            for (const item of batch)
              await this.commit([item]).then(
                (rows) => item.resolve(rows[0]!),
                (e: unknown) => item.reject(e),
              );
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async commit(batch: Queued[]): Promise<AuditEventRow[][]> {
    const also = batch.some((item) => item.also)
      ? async (trx: Trx, built: ReturnType<typeof chainRows>) => {
          for (const [i, item] of batch.entries()) await item.also?.(trx, built.perItem[i]!);
        }
      : undefined;
    return (await appendAtHead(this.database, this.seen, (head) => chainRows(batch, head), also)).perItem;
  }
}

/** A batch's events numbered and hashed after `head`, with the rows that commit with them. */
function chainRows(batch: Queued[], head: ChainHead | undefined) {
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  // Times never run backwards along the chain, so newest-first by time is newest-first by position.
  const at = Math.max(Date.now(), head?.at ?? 0);
  const rows: ChainRows = { events: [], keys: [], opens: [], closes: [], operations: [] };
  const perItem = batch.map((item) =>
    item.events.map((event) => {
      seq += 1;
      const row = eventRow(event, seq, at, prev);
      prev = row.hash;
      rows.events.push(row);
      // An attempt is listed only while in flight; its outcome carries the same keys and is what a search finds.
      if (event.phase !== "attempt") for (const key of keysOf(event)) rows.keys.push({ key, seq });
      if (event.pending === "open") rows.opens.push({ attempt_id: row.id, instance: row.instance ?? "", at });
      if (event.pending === "close" && event.ref) rows.closes.push(event.ref);
      const operation = event.operation?.(row);
      if (operation) rows.operations.push(operation);
      return row;
    }),
  );
  return { rows, perItem };
}

// Every module copy in the process (Next bundles each route) shares the map, so appends share one queue.
const writers = processWide("audit-writers", () => new WeakMap<Database, AuditWriter>());

/** The one writer of a database in this process (group commit needs every append of the process in one queue). */
export function auditWriter(database: Database): AuditWriter {
  let writer = writers.get(database);
  if (!writer) writers.set(database, (writer = new AuditWriter(database)));
  return writer;
}
