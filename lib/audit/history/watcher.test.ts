import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/database";
import { ENGINES } from "@/lib/testing/test-databases";
import { openTestStore } from "@/lib/testing/test-store";
import type { ReadSpec } from "./tracker";
import { LEASE_MS, OperationWatcher } from "./watcher";

const T0 = 1_900_000_000_000;

describe.each(ENGINES)("the watcher's leases (%s)", (engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let database: Database;
  /** Which replica read which session, in order. */
  let reads: { owner: string; id: string }[];
  beforeAll(async () => {
    store = await openTestStore(engine);
    database = store.database;
  });
  afterAll(() => store.close());
  beforeEach(async () => {
    reads = [];
    await database.db.deleteFrom("audit_operation_status").execute();
    await database.db.deleteFrom("audit_operation").execute();
  });

  /** Open operations on mirror sessions that stay Creating, all due at T0. */
  async function openOperations(count: number) {
    const ids = Array.from({ length: count }, (_, i) => `tms-${i}`);
    await database.db
      .insertInto("audit_operation")
      .values(
        ids.map((id) => ({
          id: randomUUID(),
          event_id: randomUUID(),
          action: "volcengine.vpc.CreateTrafficMirrorSession",
          cloud: "volcengine",
          region: "cn-beijing",
          actor: "op@example.com",
          tracker: "mirrorSession",
          resources: JSON.stringify([id]),
          expected: "Active",
          read_spec: JSON.stringify({
            operationId: "volcengine.vpc.DescribeTrafficMirrorSessions",
            region: "cn-beijing",
            input: { TrafficMirrorSessionIds: [id] },
          }),
          request_id: null,
          state: "open",
          submitted_at: T0 - 1000,
          accepted_at: T0 - 900,
          deadline: T0 + 3_600_000,
          closed_at: null,
          close_reason: null,
          last_status: JSON.stringify({ status: {}, moved: [] }),
          checks: 0,
          next_check_at: T0,
          lease_owner: null,
          lease_until: null,
        })),
      )
      .execute();
    return ids;
  }

  const replica = (owner: string) =>
    new OperationWatcher(database, {
      owner,
      concurrency: 3,
      callsPerSecond: 1000,
      read: async (spec: ReadSpec) => {
        const id = (spec.input.TrafficMirrorSessionIds as string[])[0]!;
        reads.push({ owner, id });
        await new Promise((resolve) => setTimeout(resolve, 20));
        return { TrafficMirrorSessions: [{ TrafficMirrorSessionId: id, Status: "Creating" }] };
      },
    });

  async function round(now: number, ...watchers: OperationWatcher[]) {
    await Promise.all(watchers.map((w) => w.tick(now)));
    await Promise.all(watchers.map((w) => w.idle()));
  }

  const owners = async () =>
    Object.fromEntries(
      (await database.db.selectFrom("audit_operation").select(["resources", "lease_owner"]).execute()).map(
        (r) => [JSON.parse(r.resources)[0], r.lease_owner],
      ),
    );

  it("never lets two replicas watch the same operation, and keeps a few reads in flight each", async () => {
    const ids = await openOperations(12);
    const replicas = ["a", "b", "c", "d"].map(replica);
    for (let i = 0; i < 4; i += 1) {
      const before = reads.length;
      await round(T0 + i * 15_000, ...replicas);
      for (const owner of ["a", "b", "c", "d"])
        expect(reads.slice(before).filter((r) => r.owner === owner).length).toBeLessThanOrEqual(3);
    }
    // Every operation was followed, each by one replica only (the one holding its lease).
    const byOperation = new Map<string, Set<string>>();
    for (const r of reads) byOperation.set(r.id, (byOperation.get(r.id) ?? new Set()).add(r.owner));
    expect([...byOperation.keys()].sort()).toEqual([...ids].sort());
    expect([...byOperation.values()].every((who) => who.size === 1)).toBe(true);
    const held = await owners();
    for (const r of reads) expect(held[r.id]).toBe(r.owner);
    // The timeline says Creating once per operation, however many reads saw it.
    expect(await database.db.selectFrom("audit_operation_status").select("id").execute()).toHaveLength(12);
  });

  it("gives a lease to one replica at a time, even to replicas that both saw the operation due", async () => {
    await openOperations(1);
    const { id } = await database.db.selectFrom("audit_operation").select("id").executeTakeFirstOrThrow();
    const [a, b] = [replica("a"), replica("b")];
    const both = await Promise.all([a.claim(id, T0), b.claim(id, T0)]);
    expect(both.filter(Boolean)).toHaveLength(1);
    const [holder, other] = both[0] ? [a, b] : [b, a];
    expect(await other.claim(id, T0 + LEASE_MS - 1)).toBe(false);
    expect(await holder.claim(id, T0 + 1_000)).toBe(true);
    expect(await other.claim(id, T0 + 1_000 + LEASE_MS + 1)).toBe(true);
    expect(await holder.claim(id, T0 + 1_000 + LEASE_MS + 2)).toBe(false);
  });

  it("takes over a dead replica's operations once its leases expire (within 30 s)", async () => {
    const ids = await openOperations(2);
    const dead = replica("dead");
    await round(T0, dead);
    expect(Object.values(await owners())).toEqual(["dead", "dead"]);
    // The replica is killed: it never renews. Another one finds them held until the lease runs out…
    const survivor = replica("survivor");
    reads = [];
    await round(T0 + 10_000, survivor);
    expect(reads).toEqual([]);
    // …and takes them over right after.
    await round(T0 + LEASE_MS + 1, survivor);
    expect(reads.map((r) => r.id).sort()).toEqual(ids);
    expect(Object.values(await owners())).toEqual(["survivor", "survivor"]);
    expect(LEASE_MS + 1_000).toBeLessThan(30_000);
  });

  it("hands its operations back at shutdown, so another replica continues at once", async () => {
    await openOperations(2);
    const stopping = replica("stopping");
    await round(T0, stopping);
    await stopping.stop();
    expect(Object.values(await owners())).toEqual([null, null]);
    const next = replica("next");
    reads = [];
    await round(T0 + 10_000, next);
    expect(reads.map((r) => r.owner)).toEqual(["next", "next"]);
    // A stopped watcher claims nothing more.
    reads = [];
    await round(T0 + 60_000, stopping);
    expect(reads).toEqual([]);
  });
});
