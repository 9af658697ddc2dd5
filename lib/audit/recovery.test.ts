import { spawnSync } from "node:child_process";
import { hostname } from "node:os";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/database";
import { ENGINES } from "@/lib/testing/test-databases";
import { openTestStore } from "@/lib/testing/test-store";
import { auditWriter } from "./audit-writer";
import { INSTANCE_DEAD_AFTER_MS, instanceId, registerInstance } from "./instance";
import { NO_OUTCOME_CODE, STALE_PENDING_MS, recoverAbandonedAttempts } from "./recovery";
import { verifyChain } from "./verify";

/** A pid that existed and is gone: a process that already exited. */
const deadPid = spawnSync(process.execPath, ["-e", "0"]).pid!;

describe.each(ENGINES)("recovery of attempts without an outcome (%s)", (engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let database: Database;
  beforeAll(async () => {
    store = await openTestStore(engine);
    database = store.database;
    await registerInstance(database.db);
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    await database.db.deleteFrom("audit_pending").execute();
    await database.db.deleteFrom("console_instance").where("id", "<>", instanceId()).execute();
  });

  async function instance(
    id: string,
    row: { host?: string; pid?: number; seenAgoMs?: number; stopped?: boolean },
  ) {
    const now = Date.now();
    await database.db
      .insertInto("console_instance")
      .values({
        id,
        host: row.host ?? hostname(),
        pid: row.pid ?? process.pid,
        started_at: now - 60_000,
        seen_at: now - (row.seenAgoMs ?? 0),
        stopped_at: row.stopped ? now : null,
      })
      .execute();
  }

  async function attempt(owner: string, token: string) {
    const [row] = await auditWriter(database).append(
      [
        {
          actor: { name: "op@example.com", type: "user", role: "operator" },
          action: "aliyun.vpc.ConnectRouterInterface",
          phase: "attempt",
          cloud: "aliyun",
          region: "cn-hangzhou",
          resources: ["ri-1"],
          input: { RouterInterfaceId: "ri-1" },
          clientToken: token,
          instance: owner,
        },
      ],
      async (trx, rows) => {
        await trx
          .insertInto("audit_pending")
          .values({ attempt_id: rows[0]!.id, instance: owner, at: rows[0]!.at })
          .execute();
      },
    );
    return row!;
  }

  const outcomesOf = (id: string) =>
    database.db.selectFrom("audit_event").selectAll().where("ref", "=", id).execute();

  it("marks the attempts of a process that died on this host as unknown at once", async () => {
    await instance("killed", { pid: deadPid });
    const pending = await attempt("killed", "t-1");
    expect(await recoverAbandonedAttempts(database)).toBe(1);
    const [outcome] = await outcomesOf(pending.id);
    expect(outcome).toMatchObject({
      phase: "outcome",
      outcome: "unknown",
      error_code: NO_OUTCOME_CODE,
      actor: "op@example.com",
      action: "aliyun.vpc.ConnectRouterInterface",
      client_token: "t-1",
    });
    expect(JSON.parse(outcome!.detail!)).toMatchObject({ recovered: true });
    expect(await database.db.selectFrom("audit_pending").selectAll().execute()).toEqual([]);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true });
  });

  it("waits for a live replica elsewhere; takes over once its heartbeat is stale or it said it stopped", async () => {
    await instance("alive-elsewhere", { host: "another-host" });
    await instance("stale-elsewhere", { host: "another-host", seenAgoMs: INSTANCE_DEAD_AFTER_MS + 1_000 });
    await instance("stopped", { stopped: true });
    const alive = await attempt("alive-elsewhere", "t-2");
    const stale = await attempt("stale-elsewhere", "t-3");
    const stopped = await attempt("stopped", "t-4");
    const mine = await attempt(instanceId(), "t-5");
    expect(await recoverAbandonedAttempts(database)).toBe(2);
    expect(await outcomesOf(alive.id)).toEqual([]);
    expect(await outcomesOf(mine.id)).toEqual([]);
    expect(await outcomesOf(stale.id)).toHaveLength(1);
    expect(await outcomesOf(stopped.id)).toHaveLength(1);
  });

  it("records each abandoned attempt once, however many recoveries run at the same time", async () => {
    await instance("killed-2", { pid: deadPid });
    const pending = await attempt("killed-2", "t-6");
    const counts = await Promise.all([1, 2, 3].map(() => recoverAbandonedAttempts(database)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await outcomesOf(pending.id)).toHaveLength(1);
    expect(await verifyChain(database.db)).toMatchObject({ ok: true });
  });

  it("ends a live process's attempt whose outcome was never written, once it is older than any call", async () => {
    const lost = await attempt(instanceId(), "t-7");
    expect(await recoverAbandonedAttempts(database)).toBe(0);
    expect(await recoverAbandonedAttempts(database, Date.now() + STALE_PENDING_MS + 1_000)).toBe(1);
    expect(await outcomesOf(lost.id)).toMatchObject([{ outcome: "unknown", error_code: NO_OUTCOME_CODE }]);
  });
});
