import type { Client, InArgs, Transaction } from "@libsql/client";
import {
  type CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";

/**
 * Kysely over @libsql/client's embedded SQLite file (no native compile at install, unlike better-sqlite3).
 * The maintained @libsql/kysely-libsql pins @libsql/client 0.8, a second copy of the native library, so the
 * few lines of a driver are ours. One connection, one query at a time: a transaction holds the connection
 * from BEGIN to COMMIT, as Kysely's own SQLite driver does.
 */
export class LibsqlDialect implements Dialect {
  constructor(private readonly client: Client) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new LibsqlDriver(this.client);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
}

class LibsqlDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private readonly connection: LibsqlConnection;

  constructor(private readonly client: Client) {
    this.connection = new LibsqlConnection(client);
  }

  async init() {}

  /** Waits for the previous holder to release, then hands over the one connection. */
  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.connection.release = release;
    return this.connection;
  }

  // The client pools its connections, so a transaction must be the client's own (one connection from BEGIN to
  // COMMIT). "write" is BEGIN IMMEDIATE: a second process (the users CLI) waits for the lock instead of failing.
  async beginTransaction(connection: DatabaseConnection) {
    (connection as LibsqlConnection).transaction = await this.client.transaction("write");
  }
  async commitTransaction(connection: DatabaseConnection) {
    const c = connection as LibsqlConnection;
    await c.transaction?.commit();
    c.transaction = undefined;
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    const c = connection as LibsqlConnection;
    await c.transaction?.rollback();
    c.transaction = undefined;
  }
  async releaseConnection(connection: DatabaseConnection) {
    (connection as LibsqlConnection).release?.();
  }
  async destroy() {
    this.client.close();
  }
}

class LibsqlConnection implements DatabaseConnection {
  release?: () => void;
  transaction?: Transaction;
  constructor(private readonly client: Client) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await (this.transaction ?? this.client).execute({
      sql: query.sql,
      args: query.parameters as InArgs,
    });
    // libsql rows are array-like with named keys; Kysely wants plain objects.
    const rows = result.rows.map((row) => {
      const plain: Record<string, unknown> = {};
      result.columns.forEach((column, i) => (plain[column] = row[i]));
      return plain as R;
    });
    return {
      rows,
      numAffectedRows: BigInt(result.rowsAffected),
      insertId: result.lastInsertRowid,
    };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming is not supported by the embedded store; page with keyset queries instead.");
  }
}
