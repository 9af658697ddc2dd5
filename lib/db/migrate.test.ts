import { afterEach, describe, expect, it } from "vitest";
import { startRuntime, type ConsoleRuntime } from "@/lib/auth/runtime";
import { accounts } from "@/lib/auth/users";
import { createTestDatabase, ENGINES, type TestDatabase } from "@/lib/testing/test-databases";
import { openDatabase, type Database } from "./database";
import { isMigrated, migrate } from "./migrate";
import { MIGRATIONS, type Migration } from "./migrations";

// One schema, applied at every start on either engine: a second start finds nothing to do and keeps the data;
// replicas that start together take turns on PostgreSQL.
let testDb: TestDatabase | undefined;
const opened: Database[] = [];
const runtimes: ConsoleRuntime[] = [];

afterEach(async () => {
  for (const runtime of runtimes.splice(0)) await runtime.database.close();
  for (const database of opened.splice(0)) await database.close();
  await testDb?.drop();
  testDb = undefined;
});

function open(env: Record<string, string>) {
  const database = openDatabase({ ...process.env, ...env });
  opened.push(database);
  return database;
}

async function start(env: Record<string, string>) {
  const runtime = await startRuntime({ ...process.env, HOST: "127.0.0.1", PORT: "3000", ...env });
  runtimes.push(runtime);
  return runtime;
}

describe.each(ENGINES)("migrations (%s)", (engine) => {
  it("apply once; a second run finds nothing to do", async () => {
    testDb = await createTestDatabase(engine);
    const database = open(testDb.env);
    expect(await isMigrated(database.db)).toBe(false);
    expect(await migrate(database)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await migrate(database)).toEqual([]);
    expect(await isMigrated(database.db)).toBe(true);
  });

  it("a restart (ours and better-auth's steps again) keeps every account and the signing key", async () => {
    testDb = await createTestDatabase(engine);
    const first = await start(testDb.env);
    await accounts(first.auth).add({
      email: "kept@example.com",
      role: "operator",
      password: "a long password",
    });
    const secret = (await first.auth.$context).secret;
    await first.database.close();
    runtimes.splice(0);

    const second = await start(testDb.env);
    expect((await accounts(second.auth).list()).map((u) => [u.email, u.role])).toEqual([
      ["kept@example.com", "operator"],
    ]);
    expect((await second.auth.$context).secret).toBe(secret);
  });

  it("a migration that fails is rolled back and not recorded; the next start applies it", async () => {
    testDb = await createTestDatabase(engine);
    const database = open(testDb.env);
    let fail = true;
    const flaky: Migration = {
      name: "9999-flaky",
      async up(db) {
        await db.schema.createTable("flaky_table").addColumn("id", "text").execute();
        if (fail) throw new Error("boom");
      },
    };
    await expect(migrate(database, undefined, [...MIGRATIONS, flaky])).rejects.toThrow("boom");
    expect(await isMigrated(database.db, [...MIGRATIONS, flaky])).toBe(false);
    fail = false;
    expect(await migrate(database, undefined, [...MIGRATIONS, flaky])).toEqual(["9999-flaky"]);
  });
});

// PostgreSQL only (the embedded store is one file that one server opens); none when TEST_DATABASE_URL is unset.
describe.each(ENGINES.filter((engine) => engine === "postgres"))(
  "migrations on %s replicas starting together",
  (engine) => {
    it("two concurrent migrate() calls apply each migration once", async () => {
      testDb = await createTestDatabase(engine);
      const [a, b] = [open(testDb.env), open(testDb.env)];
      let applying = 0;
      let overlapped = false;
      const slow: Migration = {
        name: "0002-slow",
        async up(db) {
          applying += 1;
          overlapped ||= applying > 1;
          await new Promise((resolve) => setTimeout(resolve, 300));
          await db.schema.createTable("slow_table").addColumn("id", "text").execute();
          applying -= 1;
        },
      };
      const runs = await Promise.all([
        migrate(a, undefined, [...MIGRATIONS, slow]),
        migrate(b, undefined, [...MIGRATIONS, slow]),
      ]);
      expect(overlapped).toBe(false);
      expect(runs.flat().sort()).toEqual([...MIGRATIONS.map((m) => m.name), "0002-slow"].sort());
      expect(runs.some((applied) => applied.length === 0)).toBe(true);
      const rows = await a.db.selectFrom("console_migration").select("name").execute();
      expect(rows).toHaveLength(MIGRATIONS.length + 1);
    });

    it("two console runtimes starting at once both come up (better-auth's tables included)", async () => {
      testDb = await createTestDatabase(engine);
      const [one, two] = await Promise.all([start(testDb.env), start(testDb.env)]);
      await accounts(one.auth).add({
        email: "both@example.com",
        role: "viewer",
        password: "a long password",
      });
      expect((await accounts(two.auth).list()).map((u) => u.email)).toEqual(["both@example.com"]);
      expect((await one.auth.$context).secret).toBe((await two.auth.$context).secret);
    });
  },
);
