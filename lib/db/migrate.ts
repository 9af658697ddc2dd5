import { sql, type Kysely } from "kysely";
import type { Database } from "./database";
import { MIGRATIONS, type Migration } from "./migrations";
import { applySqlitePragmas } from "./pragmas";
import type { ConsoleTables } from "./tables";

/** Any number from the console's own key space; the same on every replica. */
const MIGRATION_LOCK_KEY = 7_310_442_915;

/**
 * Brings the schema up to date, idempotently. `afterOwn` runs next inside the same lock (better-auth's own
 * tables, whose options need the secret our tables hold). On PostgreSQL an advisory lock makes replicas that start together take turns: one applies, the
 * others wait and then find nothing to do.
 */
export async function migrate(
  database: Database,
  afterOwn: () => Promise<void> = async () => {},
  migrations: Migration[] = MIGRATIONS,
): Promise<string[]> {
  const { db, engine } = database;
  if (engine === "sqlite") {
    await applySqlitePragmas(db as Kysely<unknown>);
    return applyAll(db, afterOwn, migrations);
  }
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    try {
      return await applyAll(db, afterOwn, migrations);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}

async function applyAll(
  db: Kysely<ConsoleTables>,
  afterOwn: () => Promise<void>,
  migrations: Migration[],
): Promise<string[]> {
  await db.schema
    .createTable("console_migration")
    .ifNotExists()
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("applied_at", "bigint", (c) => c.notNull())
    .execute();
  const done = new Set(
    (await db.selectFrom("console_migration").select("name").execute()).map((r) => r.name),
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<never>);
      await trx
        .insertInto("console_migration")
        .values({ name: migration.name, applied_at: Date.now() })
        .execute();
    });
    applied.push(migration.name);
  }
  await afterOwn();
  return applied;
}

/** Whether every migration this build knows is applied (for the readiness probe). */
export async function isMigrated(db: Kysely<ConsoleTables>, migrations: Migration[] = MIGRATIONS) {
  try {
    const rows = await db.selectFrom("console_migration").select("name").execute();
    const names = new Set(rows.map((r) => r.name));
    return migrations.every((m) => names.has(m.name));
  } catch {
    return false;
  }
}
