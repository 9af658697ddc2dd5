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
/** Appends that lost the race to another process in a row before giving up (each loss means the chain moved on). */
const MAX_TRIES = 10;

const headQuery = (db: Trx) =>
  db.selectFrom("audit_event").select(["seq", "hash", "at"]).orderBy("seq", "desc").limit(1);

/**
 * Writes a batch at the chain's head and commits it; `build` numbers and hashes the rows from the head it is given.
 *
 * The embedded store reads the head inside its write transaction, which no other writer can enter. On PostgreSQL
 * several processes append at once (replicas, the CLIs), and a lock plus a head read would cost two round trips of
 * each append's four. Instead the writer starts from the head it last wrote (`cache`), and the chain itself refuses a
 * wrong start: the new first row must take the next `seq` (the primary key refuses a position already taken) and
 * links to a previous row that must still exist with that hash (else its `prev_hash` is null, which the column
 * refuses). Either refusal means another process moved the chain: read the head again and retry. So an append that
 * needs nothing else is one statement in one round trip, committed on its own.
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
      await writeRows(trx, built.rows, undefined);
      await also?.(trx, built);
      return built;
    });
  for (let tries = 1; ; tries += 1) {
    const head = cache.head ?? (await headQuery(database.db).executeTakeFirst());
    const built = build(head);
    try {
      if (also || !fitsOneStatement(built.rows)) {
        await database.db.transaction().execute(async (trx) => {
          if (fitsOneStatement(built.rows)) await inOneStatement(trx, built.rows, head);
          else await writeRows(trx, built.rows, head);
          await also?.(trx, built);
        });
      } else await inOneStatement(database.db, built.rows, head, database.pool);
      cache.head = newest(built.rows, head);
      return built;
    } catch (error) {
      cache.head = undefined;
      if (!chainMovedOn(error) || tries === MAX_TRIES) throw error;
    }
  }
}

function newest(rows: ChainRows, head: ChainHead | undefined): ChainHead | undefined {
  const last = rows.events.at(-1);
  return last ? { seq: last.seq, hash: last.hash, at: last.at } : head;
}

/** PostgreSQL's refusals of an append that did not start at the head (see appendAtHead). */
function chainMovedOn(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string; table?: string; column?: string };
  return (
    (e.code === "23505" && e.constraint === "audit_event_pkey") ||
    (e.code === "23502" && e.table === "audit_event" && e.column === "prev_hash")
  );
}

/** The events, their first one linking to `head` only if that row is still there as it was (see appendAtHead). */
function linkedEvents(events: AuditEventRow[], head: ChainHead | undefined) {
  const [first, ...rest] = events;
  if (!first || !head) return events;
  const previous = sql<string>`(select "hash" from "audit_event" where "seq" = ${head.seq} and "hash" = ${head.hash})`;
  return [{ ...first, prev_hash: previous }, ...rest];
}

const fitsOneStatement = (rows: ChainRows) =>
  rows.events.length <= EVENTS_PER_INSERT && rows.keys.length <= KEYS_PER_INSERT;

/**
 * PostgreSQL: the events with everything that commits with them in one round trip — keys, pending markers and
 * operation records as data-modifying WITH parts (executed whether or not the main statement reads them).
 *
 * Given the pool, a single event's statement is prepared once per connection and then only executed: parsing and
 * planning it again each time cost as much as the round trip itself (docs/BENCHMARKS.md, "Audit trail"). Only
 * single events, whose statements come in a handful of shapes, so a connection keeps a handful of prepared ones.
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
  if (!pool || rows.events.length > 1) return void (await insert.execute());
  const { sql: text, parameters } = insert.compile();
  const name = `audit-append-${createHash("sha1").update(text).digest("hex")}`;
  await pool.query({ name, text, values: [...parameters] });
}

/**
 * The same rows statement by statement, inside a transaction: the embedded store (which has no data-modifying WITH),
 * or a batch too big for one statement.
 */
async function writeRows(trx: Trx, rows: ChainRows, head: ChainHead | undefined) {
  const events = linkedEvents(rows.events, head);
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
