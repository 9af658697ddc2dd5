import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { startTcpRelay, type TcpRelay } from "@/lib/testing/tcp-relay";
import { createTestDatabase, ENGINES, type TestDatabase } from "@/lib/testing/test-databases";
import { openDatabase, type Database } from "./database";

// The PostgreSQL pool when the server goes away under it (through a relay the test cuts): the query in flight
// fails — its request answers 503 — and nothing else happens. Before, the checked-out client also emitted an
// 'error' nobody listened to: an uncaught exception, which ends a plain node process such as the users command and
// reaches only Next's last-resort handler in the server (vitest fails the run on one).
let relay: TcpRelay | undefined;
let database: Database | undefined;
let testDb: TestDatabase | undefined;

afterEach(async () => {
  await relay?.up();
  await database?.close();
  await relay?.down();
  await testDb?.drop();
});

describe.each(ENGINES.filter((engine) => engine === "postgres"))(
  "the %s pool losing its server",
  (engine) => {
    it("fails the query in flight, keeps the process up, and reconnects when the server is back", async () => {
      testDb = await createTestDatabase(engine);
      const direct = new URL(testDb.env.DATABASE_URL!);
      relay = await startTcpRelay({ host: direct.hostname, port: Number(direct.port || 5432) });
      direct.host = `127.0.0.1:${relay.port}`;
      database = openDatabase({ ...process.env, DATABASE_URL: direct.href });

      await sql`select 1`.execute(database.db);
      const inFlight = sql`select pg_sleep(2)`.execute(database.db);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await relay.down();
      await expect(inFlight).rejects.toThrow(/terminated/);
      await expect(sql`select 1`.execute(database.db)).rejects.toThrow(/ECONNREFUSED/);
      // Idle clients lose their server too; the pool drops them without a word.
      await new Promise((resolve) => setTimeout(resolve, 200));

      await relay.up();
      const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
      expect(rows).toEqual([{ one: 1 }]);
    });
  },
);
