import { sql, type Kysely } from "kysely";

/**
 * The embedded store's settings, run on every open: WAL so readers never wait for the writer, FULL sync so an
 * acknowledged write survives a power cut, and a busy timeout so the users CLI and a running server share the
 * file by waiting rather than failing.
 */
export async function applySqlitePragmas(db: Kysely<unknown>) {
  await sql`pragma journal_mode = wal`.execute(db);
  await sql`pragma synchronous = full`.execute(db);
  await sql`pragma busy_timeout = 10000`.execute(db);
  await sql`pragma foreign_keys = on`.execute(db);
}
