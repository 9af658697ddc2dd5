import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/database";
import { ENGINES } from "@/lib/testing/test-databases";
import { openTestStore } from "@/lib/testing/test-store";
import { auditWriter, type NewAuditEvent } from "./audit-writer";
import { eventHash, GENESIS_HASH } from "./chain";
import { verifyChain } from "./verify";

const execFileAsync = promisify(execFile);

const event = (n: number): NewAuditEvent => ({
  actor: { name: `person${n % 3}@example.com`, type: "user", userId: `u${n % 3}`, role: "operator" },
  action: "aliyun.vpc.ConnectRouterInterface",
  phase: "event",
  cloud: "aliyun",
  region: "cn-hangzhou",
  resources: [`ri-${n}`],
  input: { RouterInterfaceId: `ri-${n}` },
  outcome: "ok",
  requestId: `REQ-${n}`,
});

describe.each(ENGINES)("the audit hash chain (%s)", (engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let database: Database;
  beforeAll(async () => {
    store = await openTestStore(engine);
    database = store.database;
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await database.db.deleteFrom("audit_key").execute();
    await database.db.deleteFrom("audit_event").execute();
  });

  async function seed(count: number) {
    // Concurrent appends share transactions (group commit) and still form one chain.
    await Promise.all(Array.from({ length: count }, (_, i) => auditWriter(database).append([event(i + 1)])));
  }

  it("numbers events 1..N, links each to the one before, and verifies intact", async () => {
    await seed(25);
    const rows = await database.db.selectFrom("audit_event").selectAll().orderBy("seq").execute();
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    rows.slice(1).forEach((row, i) => expect(row.prev_hash).toBe(rows[i]!.hash));
    expect(await verifyChain(database.db)).toEqual({
      ok: true,
      events: 25,
      head: { seq: 25, hash: rows[24]!.hash },
    });
  });

  it("finds a changed event", async () => {
    await seed(10);
    await database.db.updateTable("audit_event").set({ outcome: "failed" }).where("seq", "=", 4).execute();
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, brokenAt: 4, events: 3 });
  });

  it("finds a changed event whose hash was recomputed, at the next link", async () => {
    await seed(10);
    const row = await database.db
      .selectFrom("audit_event")
      .selectAll()
      .where("seq", "=", 6)
      .executeTakeFirstOrThrow();
    const forged = { ...row, actor: "someone-else@example.com" };
    await database.db
      .updateTable("audit_event")
      .set({ actor: forged.actor, hash: eventHash(forged) })
      .where("seq", "=", 6)
      .execute();
    const result = await verifyChain(database.db);
    expect(result).toMatchObject({ ok: false, brokenAt: 7 });
    expect(result.ok === false && result.problem).toContain("does not link");
  });

  it("finds a removed event", async () => {
    await seed(10);
    await database.db.deleteFrom("audit_event").where("seq", "=", 5).execute();
    expect(await verifyChain(database.db)).toMatchObject({
      ok: false,
      brokenAt: 5,
      problem: "event #5 is missing",
    });
  });

  it("finds removed first events", async () => {
    await seed(10);
    await database.db.deleteFrom("audit_event").where("seq", "<=", 3).execute();
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it("finds reordered events (two rows' contents swapped)", async () => {
    await seed(10);
    const [a, b] = await database.db
      .selectFrom("audit_event")
      .selectAll()
      .where("seq", "in", [3, 8])
      .orderBy("seq")
      .execute();
    // Swap the positions, so each row sits where the other was (hashes travel with their rows).
    await database.db.updateTable("audit_event").set({ seq: -1 }).where("seq", "=", 3).execute();
    await database.db.updateTable("audit_event").set({ seq: 3 }).where("seq", "=", 8).execute();
    await database.db.updateTable("audit_event").set({ seq: 8 }).where("seq", "=", -1).execute();
    expect(a!.hash).not.toBe(b!.hash);
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it("an append whose writer last saw an older head links to the real one (another writer moved the chain)", async () => {
    const other = openDatabase({
      ...process.env,
      DATABASE_URL: engine === "postgres" ? await currentUrl(database) : "",
      CONSOLE_DB_PATH: engine === "sqlite" ? currentPath(database) : "",
    });
    try {
      await auditWriter(database).append([event(1)]);
      for (let i = 2; i <= 4; i += 1) await auditWriter(other).append([event(i)]);
      // This writer's last append was seq 1; the chain is at 4 now.
      const [row] = await auditWriter(database).append([event(5)]);
      expect(row).toMatchObject({ seq: 5 });
      // And after the chain was emptied under it, it starts again from the genesis rather than from its memory.
      await database.db.deleteFrom("audit_key").execute();
      await database.db.deleteFrom("audit_event").execute();
      const [first] = await auditWriter(database).append([event(6)]);
      expect(first).toMatchObject({ seq: 1, prev_hash: GENESIS_HASH });
      expect(await verifyChain(database.db)).toMatchObject({ ok: true, events: 1 });
    } finally {
      await other.close();
    }
  });

  it("keeps one chain while two processes append at the same time, and neither is starved", async () => {
    const env = {
      ...process.env,
      DATABASE_URL: engine === "postgres" ? await currentUrl(database) : "",
      CONSOLE_DB_PATH: engine === "sqlite" ? currentPath(database) : "",
    };
    let childDone = false;
    const child = execFileAsync(
      process.execPath,
      [
        "--conditions=react-server",
        "--import",
        "tsx",
        "lib/audit/testing/append-events.fixture.ts",
        "150",
        "child",
      ],
      { env },
    ).finally(() => (childDone = true));
    // This process appends for as long as the child does (its start-up alone outlasts a fixed count), so the two
    // really overlap: each of the child's appends races this one's.
    let mine = 0;
    while (!childDone) {
      await auditWriter(database).append([event(mine + 1)]);
      mine += 1;
      // The embedded store's driver is synchronous: let the event loop hear the child's exit.
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect((await child).stdout).toContain("done");
    const byChild = await database.db
      .selectFrom("audit_event")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("actor", "=", "child")
      .executeTakeFirstOrThrow();
    expect(Number(byChild.n)).toBe(150);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, events: 150 + mine });
  });
});

async function currentUrl(database: Database): Promise<string> {
  const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(database.db);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${rows[0]!.db}`;
  return url.href;
}

function currentPath(database: Database): string {
  return database.where.match(/store at (.*) \(CONSOLE_DB_PATH\)/)![1]!;
}
