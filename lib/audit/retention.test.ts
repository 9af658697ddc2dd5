import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/database";
import { ENGINES } from "@/lib/testing/test-databases";
import { openTestStore } from "@/lib/testing/test-store";
import { auditWriter } from "./audit-writer";
import { pruneAudit, retentionDays } from "./retention";
import { verifyChain } from "./verify";

const DAY = 86_400_000;

describe.each(ENGINES)("retention with a checkpoint (%s)", (engine) => {
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
  afterEach(() => vi.useRealTimers());

  /** Appends `count` events as if written `daysAgo` days ago (only the clock is faked; the database is real). */
  async function writeAt(daysAgo: number, count: number, tag: string) {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - daysAgo * DAY);
    for (let i = 0; i < count; i += 1)
      await auditWriter(database).append([
        {
          actor: { name: "a@example.com", type: "user" },
          action: "auth.sign-in",
          phase: "event",
          outcome: "ok",
          resources: [`${tag}-${i}`],
        },
      ]);
    vi.useRealTimers();
  }

  it("prunes what is older than the retention, records a checkpoint, and verify still passes", async () => {
    await writeAt(400, 10, "old");
    await writeAt(1, 5, "new");
    expect(await pruneAudit(database, 365)).toBe(10);
    const rows = await database.db.selectFrom("audit_event").selectAll().orderBy("seq").execute();
    expect(rows.map((r) => r.seq)).toEqual([11, 12, 13, 14, 15, 16]);
    expect(rows.at(-1)).toMatchObject({ action: "audit.checkpoint", actor: "system" });
    expect(JSON.parse(rows.at(-1)!.detail!)).toMatchObject({
      keptFromSeq: 11,
      pruned: 10,
      retentionDays: 365,
    });
    expect(
      await database.db.selectFrom("audit_key").select("key").where("key", "like", "old-%").execute(),
    ).toEqual([]);
    expect(await verifyChain(database.db)).toEqual({
      ok: true,
      events: 6,
      head: expect.objectContaining({ seq: 16 }),
    });
    // Nothing old enough the second time: no new checkpoint.
    expect(await pruneAudit(database, 365)).toBe(0);
    expect(await database.db.selectFrom("audit_event").select("seq").execute()).toHaveLength(6);
  });

  it("still finds an event removed after the prune", async () => {
    await writeAt(400, 4, "old");
    await writeAt(1, 4, "new");
    await pruneAudit(database, 365);
    await database.db.deleteFrom("audit_event").where("seq", "=", 5).execute();
    expect(await verifyChain(database.db)).toMatchObject({ ok: false, brokenAt: 6 });
  });

  it("keeps a chain that verifies when everything was old (the checkpoint is then the first event)", async () => {
    await writeAt(400, 3, "old");
    expect(await pruneAudit(database, 30)).toBe(3);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, events: 1 });
    // Checkpoints chain like any event: pruning again later keeps verify passing.
    await writeAt(0, 2, "later");
    expect(await verifyChain(database.db)).toMatchObject({ ok: true, events: 3 });
  });

  it("reads AUDIT_RETENTION_DAYS, 365 by default, and refuses nonsense", () => {
    expect(retentionDays({})).toBe(365);
    expect(retentionDays({ AUDIT_RETENTION_DAYS: "30" })).toBe(30);
    expect(() => retentionDays({ AUDIT_RETENTION_DAYS: "-1" })).toThrow(/AUDIT_RETENTION_DAYS/);
    expect(() => retentionDays({ AUDIT_RETENTION_DAYS: "forever" })).toThrow(/AUDIT_RETENTION_DAYS/);
  });
});
