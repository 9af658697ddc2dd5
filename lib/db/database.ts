import "server-only";
import { Kysely, PostgresDialect } from "kysely";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import pg from "pg";
import { LibsqlDialect } from "./libsql-dialect";
import type { ConsoleTables } from "./tables";

export type Engine = "sqlite" | "postgres";

export interface Database {
  db: Kysely<ConsoleTables>;
  engine: Engine;
  /** Where it is, for messages: the file path or the PostgreSQL host/database (never the password). */
  where: string;
  /** PostgreSQL's pool, for the statements worth preparing once per connection (lib/audit/chain-append.ts). */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export const DEFAULT_DB_PATH = ".data/console.db";
const CONNECT_TIMEOUT_MS = 10_000;

// BIGINT (our millisecond times) comes back from node-postgres as text; these values fit a double exactly.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** `postgres://…` in DATABASE_URL selects PostgreSQL; otherwise the embedded file (CONSOLE_DB_PATH or default). */
export function openDatabase(env: NodeJS.ProcessEnv = process.env): Database {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: Number(env.DATABASE_POOL_SIZE ?? 10),
      // A server behind a firewall that drops packets would otherwise hold a start (and each request) for the
      // kernel's TCP timeout, minutes; this bounds connecting, handshake included.
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // A client that loses its server (a PostgreSQL restart, a network cut) must not crash the process. Idle, the
    // pool reports it here and drops it; checked out, the query in flight fails (the request answers 503) and
    // the client also emits 'error', which with no listener would be an uncaught exception.
    pool.on("error", () => {});
    pool.on("connect", (client) => client.on("error", () => {}));
    const { host, pathname } = new URL(url);
    return {
      db: new Kysely<ConsoleTables>({ dialect: new PostgresDialect({ pool }) }),
      engine: "postgres",
      pool,
      where: `PostgreSQL at ${host}${pathname} (DATABASE_URL)`,
      close: () => pool.end(),
    };
  }
  if (url) throw new Error("DATABASE_URL must start with postgres:// (or be unset for the embedded store).");
  // A runtime setting, not a build input: keep Next from tracing the project through this path.
  const file = resolve(/*turbopackIgnore: true*/ env.CONSOLE_DB_PATH || DEFAULT_DB_PATH);
  mkdirSync(dirname(file), { recursive: true });
  const db = new Kysely<ConsoleTables>({ dialect: new LibsqlDialect(file) });
  return {
    db,
    engine: "sqlite",
    where: `the embedded store at ${file} (CONSOLE_DB_PATH)`,
    close: () => db.destroy(),
  };
}
