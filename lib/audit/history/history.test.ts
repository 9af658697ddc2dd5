import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/operations/[id]/route";
import { MemoryStore } from "@/lib/emulator/core/persistence";
import { startEmulatorServer, type RunningEmulator } from "@/lib/emulator/http-server";
import { ENI, MCAST_DOMAIN } from "@/lib/emulator/products/aliyun-demo/demo-ids";
import { BJ } from "@/lib/emulator/products/volc-vpc/volc-vpc-ids";
import { startConsoleHarness, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { loadOperationHistory } from "./history-read";
import { OperationWatcher } from "./watcher";

let emulator: RunningEmulator;
const savedEnv = { ...process.env };
beforeAll(async () => {
  emulator = await startEmulatorServer({ port: 0, env: {}, store: new MemoryStore() });
  Object.assign(process.env, {
    CLOUD_MODE: "",
    ALIBABA_CLOUD_ENDPOINT: emulator.url,
    VOLCENGINE_ENDPOINT: emulator.url,
  });
});
afterAll(async () => {
  process.env = savedEnv;
  await emulator.close();
});
const control = (path: string, body?: unknown) =>
  fetch(`${emulator.url}${path}`, {
    method: "POST",
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe.each(ENGINES)("operation history (%s)", (engine) => {
  let harness: ConsoleHarness;
  let cookie: string;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
    cookie = (await harness.person("operator")).cookie;
  });
  afterAll(() => harness.close());
  beforeEach(async () => {
    await control("/_emulator/reset");
    // Each status read moves a resource one step: two reads in transition, then settled.
    await control("/_emulator/transitions", { mode: "manual", reads: 2 });
  });

  const call = async (id: string, body: unknown) => {
    const response = await POST(
      new Request(`http://127.0.0.1:3000/api/operations/${id}`, {
        method: "POST",
        headers: harness.headersFor(cookie),
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id }) },
    );
    return { status: response.status, body: await response.json() };
  };

  /** The operation the latest outcome of `action` opened. */
  async function operationOf(action: string) {
    const db = harness.runtime.database.db;
    const outcome = await db
      .selectFrom("audit_event")
      .select("ref")
      .where("action", "=", action)
      .where("phase", "=", "outcome")
      .orderBy("seq", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    const op = await db
      .selectFrom("audit_operation")
      .select("id")
      .where("event_id", "=", outcome.ref!)
      .executeTakeFirstOrThrow();
    return (await loadOperationHistory(db, op.id))!;
  }

  it("records what the console's own polls see, once per change, until the sources are Registered", async () => {
    const register = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";
    const accepted = await call(register, {
      input: {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.6.6.6",
        NetworkInterfaceIds: [ENI.hzFree1, ENI.hzFree2],
      },
    });
    expect(accepted.status).toBe(200);
    const opened = await operationOf(register);
    expect(opened).toMatchObject({
      state: "open",
      kind: "multicastSource",
      expected: "Registered",
      requestId: accepted.body.requestId,
      resources: [
        `${MCAST_DOMAIN.hz}|239.6.6.6|${ENI.hzFree1}`,
        `${MCAST_DOMAIN.hz}|239.6.6.6|${ENI.hzFree2}`,
      ],
      statuses: [],
    });
    // The multicast page's poll: the whole domain's groups list.
    for (let i = 0; i < 4; i += 1)
      expect(
        (
          await call("aliyun.cbn.ListTransitRouterMulticastGroups", {
            input: { TransitRouterMulticastDomainId: MCAST_DOMAIN.hz },
          })
        ).status,
      ).toBe(200);
    const settled = (await loadOperationHistory(harness.runtime.database.db, opened.id))!;
    expect(settled.state).toBe("settled");
    expect(settled.statuses.map((s) => [s.resource.split("|")[2], s.status, s.source])).toEqual([
      [ENI.hzFree1, "Registering", "poll"],
      [ENI.hzFree2, "Registering", "poll"],
      [ENI.hzFree1, "Registered", "poll"],
      [ENI.hzFree2, "Registered", "poll"],
    ]);
    expect(settled.settledInMs).toBeGreaterThanOrEqual(0);
  });

  it("follows an operation nobody polls with the server's own watcher, to Active, then the delete to gone", async () => {
    const create = await call("volcengine.vpc.CreateTrafficMirrorSession", {
      region: BJ.region,
      input: {
        NetworkInterfaceId: BJ.enis.web01Secondary,
        TrafficMirrorTargetId: BJ.targets.collectorClb,
        TrafficMirrorFilterId: BJ.filters.dns,
        Priority: 9,
      },
    });
    expect(create.status).toBe(200);
    const id = create.body.result.TrafficMirrorSessionId;
    const watcher = new OperationWatcher(harness.runtime.database, { owner: "replica-a" });
    const follow = async () => {
      let now = Date.now();
      for (let i = 0; i < 6; i += 1) {
        now += 12_000; // past any back-off: every round is due
        await watcher.tick(now);
        await watcher.idle();
      }
    };
    await follow();
    const created = await operationOf("volcengine.vpc.CreateTrafficMirrorSession");
    expect(created).toMatchObject({ state: "settled", resources: [id], expected: "Active" });
    expect(created.statuses.map((s) => [s.status, s.source])).toEqual([
      ["Creating", "watcher"],
      ["Active", "watcher"],
    ]);

    expect(
      (
        await call("volcengine.vpc.DeleteTrafficMirrorSession", {
          region: BJ.region,
          input: { TrafficMirrorSessionId: id },
        })
      ).status,
    ).toBe(200);
    await follow();
    const deleted = await operationOf("volcengine.vpc.DeleteTrafficMirrorSession");
    expect(deleted).toMatchObject({ state: "settled", expected: "gone" });
    expect(deleted.statuses.map((s) => s.status)).toEqual(["Deleting", "gone"]);
  });

  it("closes as not confirmed when the time limit passes without the expected status", async () => {
    await control("/_emulator/transitions", { mode: "manual", reads: 1000 });
    const create = await call("volcengine.vpc.CreateTrafficMirrorSession", {
      region: BJ.region,
      input: {
        NetworkInterfaceId: BJ.enis.web02Primary,
        TrafficMirrorTargetId: BJ.targets.collectorClb,
        TrafficMirrorFilterId: BJ.filters.dns,
        Priority: 11,
      },
    });
    expect(create.status).toBe(200);
    const watcher = new OperationWatcher(harness.runtime.database, { owner: "replica-a" });
    await watcher.tick(Date.now() + 5_000);
    await watcher.idle();
    await watcher.tick(Date.now() + 11 * 60_000);
    await watcher.idle();
    const op = await operationOf("volcengine.vpc.CreateTrafficMirrorSession");
    expect(op).toMatchObject({ state: "not-confirmed", closeReason: "time limit reached" });
    expect(op.statuses.map((s) => s.status)).toEqual(["Creating"]);
  });

  it("opens nothing for a DryRun, a refusal or a synchronous change", async () => {
    const before = await harness.runtime.database.db.selectFrom("audit_operation").select("id").execute();
    await call("aliyun.cbn.RegisterTransitRouterMulticastGroupSources", {
      input: {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.6.6.7",
        NetworkInterfaceIds: [ENI.hzFree3],
        DryRun: true,
      },
    });
    await call("aliyun.cbn.RegisterTransitRouterMulticastGroupSources", {
      input: {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.6.6.7",
        NetworkInterfaceIds: [ENI.hzUnassociated],
      },
    });
    const after = await harness.runtime.database.db.selectFrom("audit_operation").select("id").execute();
    expect(after).toHaveLength(before.length);
  });
});
