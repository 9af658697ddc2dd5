import "server-only";
import { Kysely, PostgresDialect, sql } from "kysely";
import type pg from "pg";
import type { Database } from "@/lib/db/database";
import type { ConsoleTables } from "@/lib/db/tables";

/**
 * The connection of an append's transaction (a Kysely bound to it): statements on it commit with the events. It
 * cannot open a transaction of its own: on PostgreSQL that would commit the append half-way and drop the chain lock.
 */
export type Trx = Omit<Kysely<ConsoleTables>, "transaction" | "connection" | "destroy">;

/** The newest event of the chain, which the next one links to. */
export interface ChainHead {
  seq: number;
  hash: string;
  at: number;
}

/** Any number from the console's own key space: serializes appends across replicas on PostgreSQL. */
const CHAIN_LOCK_KEY = 7_310_442_916;
/**
 * The chain's newest event: one builder, run as is on the embedded store and sent as text on PostgreSQL (so it must
 * compile without parameters: the limit is a literal).
 */
const headQuery = (db: Trx) =>
  db.selectFrom("audit_event").select(["seq", "hash", "at"]).orderBy("seq", "desc").limit(sql.lit(1));

/**
 * Runs `work` in a write transaction that holds the chain, with the chain's head as it is under that hold: the
 * embedded store's BEGIN IMMEDIATE, or on PostgreSQL an advisory lock. On PostgreSQL, BEGIN, the lock and the head
 * go in one round trip (a simple-protocol query of three statements; under READ COMMITTED, set explicitly whatever
 * the server's default, the third reads a snapshot taken after the lock was granted, so it sees every append
 * committed before). A mutation's audit makes
 * two appends in sequence, so each round trip saved is paid back twice on every mutation (docs/BENCHMARKS.md).
 */
export async function inChainTransaction<T>(
  database: Database,
  work: (trx: Trx, head: ChainHead | undefined) => Promise<T>,
): Promise<T> {
  if (!database.pool)
    return database.db
      .transaction()
      .execute(async (trx) => work(trx, await headQuery(trx).executeTakeFirst()));
  const client = await database.pool.connect();
  let broken: Error | undefined;
  try {
    const replies = (await client.query(
      `begin isolation level read committed; select pg_advisory_xact_lock(${CHAIN_LOCK_KEY}); ${headQuery(database.db).compile().sql}`,
    )) as unknown as pg.QueryResult<ChainHead>[];
    const result = await work(kyselyOn(client), replies[2]!.rows[0]);
    // PostgreSQL answers COMMIT of a failed transaction with ROLLBACK, not an error.
    if ((await client.query("commit")).command === "ROLLBACK")
      throw new Error("The audit transaction was rolled back.");
    return result;
  } catch (error) {
    await client.query("rollback").catch((e: Error) => (broken = e));
    throw error;
  } finally {
    // A connection that could not even roll back is dropped, not handed to the next request.
    client.release(broken);
  }
}

/** A Kysely whose every query runs on `client`, inside the transaction it holds. */
function kyselyOn(client: pg.PoolClient): Trx {
  const borrowed = { query: client.query.bind(client), release: () => undefined };
  const pool = { connect: async () => borrowed, end: async () => undefined };
  return new Kysely<ConsoleTables>({ dialect: new PostgresDialect({ pool: pool as unknown as pg.Pool }) });
}
