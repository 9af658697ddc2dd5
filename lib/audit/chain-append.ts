import "server-only";
import { createHash } from "node:crypto";
import { sql, type QueryCreator } from "kysely";
import type pg from "pg";
import type { Database } from "@/lib/db/database";
import type { ConsoleTables } from "@/lib/db/tables";
import type { AuditEventRow, AuditOperationRow } from "./audit-tables";

/**
 * The connection of an append's transaction, for statements only: they commit with the events. It cannot open a
 * transaction of its own: on PostgreSQL that would commit the append half-way.
 */
export type Trx = QueryCreator<ConsoleTables>;

/** The newest event of the chain, which the next one links to. */
export interface ChainHead {
  seq: number;
  hash: string;
  at: number;
}

/** What one commit writes: events at their chain positions, and the rows that commit with them. */
export interface ChainRows {
  events: AuditEventRow[];
  keys: { key: string; seq: number }[];
  /** Pending markers opened by attempts, and closed (by attempt id) by their outcomes. */
  opens: { attempt_id: string; instance: string; at: number }[];
  closes: string[];
  operations: AuditOperationRow[];
}

const EVENTS_PER_INSERT = 100;
const KEYS_PER_INSERT = 400;
/** A single event with more keys than this (resource ids, RequestId, ClientToken) is not prepared (inOneStatement). */
const PREPARED_MAX_KEYS = 8;
/** Appends that lost the race to another process in a row before giving up (each loss means the chain moved on). */
const MAX_TRIES = 10;

const headQuery = (db: Trx) =>
  db.selectFrom("audit_event").select(["seq", "hash", "at"]).orderBy("seq", "desc").limit(1);

/** Any number from the console's own key space: appends on PostgreSQL take turns on it (see appendAtHead). */
const CHAIN_LOCK_KEY = 7_310_442_916;

/**
 * Writes a batch at the chain's head and commits it; `build` numbers and hashes the rows from the head it is given.
 *
 * The embedded store reads the head inside its write transaction, which no other writer can enter. On PostgreSQL
 * several processes append at once (replicas, the CLIs), and every append takes a transaction-scoped advisory lock
 * before its rows go in. The usual append is one statement in one round trip, committed on its own: it starts from
 * the head this writer last wrote (`cache`) and takes the lock inside the statement, and the chain refuses a wrong
 * start — the first new row must take the next `seq` (the primary key refuses a position already taken) and link to
 * a previous row still there with that hash (else its `prev_hash` is null, which the column refuses). A refusal
 * means another process moved the chain meanwhile; the retry, like the first append of a process, a batch too big
 * for one statement or one with statements of its own (`also`), runs in a transaction that takes the lock first and
 * reads the head under it, so it cannot lose again: writers alternate, none starves.
 */
export async function appendAtHead<T extends { rows: ChainRows }>(
  database: Database,
  cache: { head?: ChainHead },
  build: (head: ChainHead | undefined) => T,
  also?: (trx: Trx, built: T) => Promise<void>,
): Promise<T> {
  if (database.engine === "sqlite")
    return database.db.transaction().execute(async (trx) => {
      const built = build(await headQuery(trx).executeTakeFirst());
      await writeRows(trx, built.rows);
      await also?.(trx, built);
      return built;
    });
  for (let tries = 1; ; tries += 1) {
    try {
      const fast = tries === 1 && cache.head && !also ? build(cache.head) : undefined;
      const built =
        fast && fitsOneStatement(fast.rows)
          ? (await inOneStatement(database.db, fast.rows, cache.head, database.pool), fast)
          : await database.db
              .transaction()
              .setIsolationLevel("read committed")
              .execute(async (trx) => {
                await sql`select pg_advisory_xact_lock(${sql.lit(CHAIN_LOCK_KEY)})`.execute(trx);
                const head = await headQuery(trx).executeTakeFirst();
                const locked = build(head);
                if (fitsOneStatement(locked.rows)) await inOneStatement(trx, locked.rows, head);
                else await writeRows(trx, locked.rows, linkedEvents(locked.rows.events, head));
                await also?.(trx, locked);
                return locked;
              });
      cache.head = newest(built.rows) ?? cache.head;
      return built;
    } catch (error) {
      cache.head = undefined;
      if (!chainMovedOn(error) || tries === MAX_TRIES) throw error;
    }
  }
}

function newest(rows: ChainRows): ChainHead | undefined {
  const last = rows.events.at(-1);
  return last && { seq: last.seq, hash: last.hash, at: last.at };
}

/**
 * PostgreSQL's refusals of an append that did not start at the head (see appendAtHead), and a serialization
 * failure (a server whose default isolation is stricter than the READ COMMITTED our transactions ask for).
 */
function chainMovedOn(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; table?: string; column?: string };
  return (
    (e.code === "23505" && e.constraint === "audit_event_pkey") ||
    (e.code === "23502" && e.table === "audit_event" && e.column === "prev_hash") ||
    e.code === "40001"
  );
}

/**
 * The events, the first one's `prev_hash` read in the statement itself after taking the chain's lock (see
 * appendAtHead): the remembered head's hash if that row is still there as it was, the genesis only on an empty chain;
 * otherwise null, which the column refuses. (The lock sits in a FROM subquery of its own, which PostgreSQL neither
 * flattens nor drops, as it calls a volatile function.)
 */
function linkedEvents(events: AuditEventRow[], head: ChainHead | undefined) {
  const [first, ...rest] = events;
  if (!first) return events;
  const lock = sql`(select pg_advisory_xact_lock(${sql.lit(CHAIN_LOCK_KEY)}))`;
  const previous = head
    ? sql<string>`(select e."hash" from ${lock} as l, "audit_event" as e where e."seq" = ${head.seq} and e."hash" = ${head.hash})`
    : sql<string>`(select ${first.prev_hash} from ${lock} as l where not exists (select 1 from "audit_event"))`;
  return [{ ...first, prev_hash: previous }, ...rest];
}

const fitsOneStatement = (rows: ChainRows) =>
  rows.events.length <= EVENTS_PER_INSERT && rows.keys.length <= KEYS_PER_INSERT;

/**
 * PostgreSQL: the events with everything that commits with them in one round trip — keys, pending markers and
 * operation records as data-modifying WITH parts (executed whether or not the main statement reads them).
 *
 * Given the pool, a single event's statement is prepared once per connection and then only executed: parsing and
 * planning it again each time cost as much as the round trip itself (docs/BENCHMARKS.md, "Audit trail"). Only a
 * single event with a few keys, so that a connection keeps at most a few dozen shapes (keys, marker opened or closed,
 * operation record or not); behind PgBouncer in transaction mode this needs its `max_prepared_statements`.
 */
async function inOneStatement(db: Trx, rows: ChainRows, head: ChainHead | undefined, pool?: pg.Pool) {
  let statement = db;
  if (rows.keys.length > 0)
    statement = statement.with("k", (q) =>
      q
        .insertInto("audit_key")
        .values(rows.keys)
        .onConflict((oc) => oc.columns(["key", "seq"]).doNothing())
        .returning("seq"),
    );
  if (rows.opens.length > 0)
    statement = statement.with("o", (q) => q.insertInto("audit_pending").values(rows.opens).returning("at"));
  if (rows.closes.length > 0)
    statement = statement.with("c", (q) =>
      q.deleteFrom("audit_pending").where("attempt_id", "in", rows.closes).returning("at"),
    );
  if (rows.operations.length > 0)
    statement = statement.with("p", (q) =>
      q.insertInto("audit_operation").values(rows.operations).returning("id"),
    );
  const insert = statement.insertInto("audit_event").values(linkedEvents(rows.events, head));
  if (!pool || rows.events.length > 1 || rows.keys.length > PREPARED_MAX_KEYS)
    return void (await insert.execute());
  const { sql: text, parameters } = insert.compile();
  const name = `audit-append-${createHash("sha1").update(text).digest("hex")}`;
  await pool.query({ name, text, values: [...parameters] });
}

/**
 * The same rows statement by statement, inside a transaction: the embedded store (which has no data-modifying WITH),
 * or a batch too big for one statement.
 */
async function writeRows(trx: Trx, rows: ChainRows, events: ReturnType<typeof linkedEvents> = rows.events) {
  for (let i = 0; i < events.length; i += EVENTS_PER_INSERT)
    await trx
      .insertInto("audit_event")
      .values(events.slice(i, i + EVENTS_PER_INSERT))
      .execute();
  for (let i = 0; i < rows.keys.length; i += KEYS_PER_INSERT)
    await trx
      .insertInto("audit_key")
      .values(rows.keys.slice(i, i + KEYS_PER_INSERT))
      .onConflict((oc) => oc.columns(["key", "seq"]).doNothing())
      .execute();
  if (rows.opens.length > 0) await trx.insertInto("audit_pending").values(rows.opens).execute();
  if (rows.closes.length > 0)
    await trx.deleteFrom("audit_pending").where("attempt_id", "in", rows.closes).execute();
  if (rows.operations.length > 0) await trx.insertInto("audit_operation").values(rows.operations).execute();
}
