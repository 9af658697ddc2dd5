import Libsql from "libsql";
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

type Connection = InstanceType<typeof Libsql>;
type Statement = ReturnType<Connection["prepare"]>;

/**
 * Statements kept prepared per connection. A console issues a few dozen distinct queries (multi-row inserts add a
 * shape per row count), so this bound is never reached in practice; it only keeps an odd workload from growing it.
 */
const MAX_STATEMENTS = 500;

/**
 * Kysely over the embedded SQLite file, through libsql's synchronous binding (the engine under @libsql/client, no
 * native compile at install, unlike better-sqlite3). One connection, one query at a time: a transaction holds it
 * from BEGIN to COMMIT, as Kysely's own SQLite driver does. Statements are prepared once and reused: preparing
 * every query again (what @libsql/client does) was the largest single cost of a session read and an audit write
 * (docs/BENCHMARKS.md, "Embedded store driver").
 */
export class LibsqlDialect implements Dialect {
  /** `file` is opened at the first query, so importing the store (a build, a test that never queries) opens nothing. */
  constructor(private readonly file: string) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new LibsqlDriver(this.file);
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
  private connection?: LibsqlConnection;

  constructor(private readonly file: string) {}

  async init() {}

  /** Waits for the previous holder of the connection to release it; resolves with this holder's release. */
  private async turn(): Promise<() => void> {
    let release!: () => void;
    const previous = this.queue;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    return release;
  }

  /** Hands over the one connection, opening the file at the first query. */
  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.turn();
    try {
      this.connection ??= new LibsqlConnection(new Libsql(this.file));
    } catch (error) {
      // A file that cannot be opened must fail this query, not hold the queue: the next query tries again.
      release();
      throw error;
    }
    this.connection.release = release;
    return this.connection;
  }

  // IMMEDIATE takes the write lock at BEGIN: a second process (the users CLI) waits for it (busy_timeout) instead
  // of failing at its first write.
  async beginTransaction(connection: DatabaseConnection) {
    (connection as LibsqlConnection).database.exec("BEGIN IMMEDIATE");
  }
  async commitTransaction(connection: DatabaseConnection) {
    (connection as LibsqlConnection).database.exec("COMMIT");
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    const { database } = connection as LibsqlConnection;
    // A failed COMMIT or a constraint error may already have ended the transaction.
    if (database.inTransaction) database.exec("ROLLBACK");
  }
  async releaseConnection(connection: DatabaseConnection) {
    (connection as LibsqlConnection).release?.();
  }
  /** Closes the file (and its prepared statements) once the query in flight is done. */
  async destroy() {
    const release = await this.turn();
    this.connection?.close();
    this.connection = undefined;
    release();
  }
}

/** What SQLite binds: booleans as 0/1 and dates as epoch milliseconds, as @libsql/client did. */
function bindable(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.valueOf();
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value === undefined) throw new TypeError("undefined cannot be bound to a query parameter");
  return value;
}

class LibsqlConnection implements DatabaseConnection {
  release?: () => void;
  private readonly statements = new Map<string, Statement>();

  constructor(readonly database: Connection) {}

  private prepared(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      statement = this.database.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const statement = this.prepared(query.sql);
    const args = query.parameters.map(bindable);
    // A failed statement is reused as is: libsql resets it, and a reader that failed part-way holds no WAL snapshot
    // (a checkpoint from another connection right after it finds nothing busy).
    if (statement.reader) return { rows: statement.all(args) as R[] };
    const { changes, lastInsertRowid } = statement.run(args);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  }

  close() {
    this.statements.clear();
    this.database.close();
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming is not supported by the embedded store; page with keyset queries instead.");
  }
}
