import { openDatabase, type Database, type Engine } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";
import { createTestDatabase } from "./test-databases";

/** The console's own schema on a fresh test database of one engine, without better-auth (store-level tests). */
export async function openTestStore(engine: Engine): Promise<{ database: Database; close(): Promise<void> }> {
  const target = await createTestDatabase(engine);
  const database = openDatabase({ ...process.env, ...target.env });
  await migrate(database);
  return {
    database,
    async close() {
      await database.close();
      await target.drop();
    },
  };
}
