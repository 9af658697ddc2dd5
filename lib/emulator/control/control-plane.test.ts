import { describe, expect, it } from "vitest";
import { createEmulator } from "../emulator";
import { MemoryStore } from "../core/persistence";
import { ENI, MCAST_DOMAIN, RI } from "../products/aliyun-demo/demo-ids";
import { testEmulator } from "../testing/test-emulator";

const RI_PARAMS = { RegionId: "cn-hangzhou", RouterInterfaceId: RI.readyInitiator };

describe("control plane /_emulator/*", () => {
  it("transitions: manual mode per kind, validated kinds", async () => {
    const t = testEmulator({ transitions: { mode: "timed", ms: 3000 } });
    const set = await t.control("POST", "/_emulator/transitions", {
      mode: "manual",
      reads: 2,
      kind: "router-interface",
    });
    expect(set.body).toEqual({
      default: { mode: "timed", ms: 3000 },
      kinds: { "router-interface": { mode: "manual", reads: 2 } },
    });
    await t.aliyun("ConnectRouterInterface", "2016-04-28", RI_PARAMS);
    const read = async () =>
      (
        await t.aliyun("DescribeRouterInterfaceAttribute", "2016-04-28", {
          RegionId: "cn-hangzhou",
          InstanceId: RI.readyInitiator,
        })
      ).body.Status;
    // Two reads, not a clock: immediate or timed mode (3 s, clock not moved) would both give something else.
    expect(await read()).toBe("Connecting");
    expect(await read()).toBe("Active");
    expect((await t.control("POST", "/_emulator/transitions", { mode: "manual", kind: "nope" })).status).toBe(
      400,
    );
    expect((await t.control("POST", "/_emulator/transitions", { mode: "slow" })).status).toBe(400);
  });

  it("faults: a vendor error for one action, then cleared", async () => {
    const t = testEmulator();
    await t.control("POST", "/_emulator/faults", {
      action: "ConnectRouterInterface",
      httpStatus: 400,
      code: "Throttling.User",
      message: "Request was denied due to user flow control.",
    });
    const refused = await t.aliyun("ConnectRouterInterface", "2016-04-28", RI_PARAMS);
    expect(refused).toMatchObject({
      status: 400,
      body: { Code: "Throttling.User", Message: "Request was denied due to user flow control." },
    });
    expect(
      (await t.aliyun("DescribeRouterInterfaces", "2016-04-28", { RegionId: "cn-hangzhou" })).status,
    ).toBe(200);
    expect((await t.control("DELETE", "/_emulator/faults")).body).toEqual({ rules: [] });
    expect((await t.aliyun("ConnectRouterInterface", "2016-04-28", RI_PARAMS)).status).toBe(200);
  });

  it("faults: added latency goes through the injected sleep", async () => {
    const slept: number[] = [];
    const emulator = createEmulator({
      env: {},
      store: new MemoryStore(),
      sleep: async (ms) => void slept.push(ms),
    });
    await emulator.handle(
      new Request("http://127.0.0.1/_emulator/faults", {
        method: "POST",
        body: JSON.stringify({ latencyMs: 250 }),
      }),
    );
    const { aliyunRequest } = await import("../testing/signed-client");
    await emulator.handle(
      aliyunRequest("DescribeRouterInterfaces", "2016-04-28", { RegionId: "cn-hangzhou" }),
    );
    expect(slept).toEqual([250]);
  });

  it("requests: recent calls with verdict, status and code — never keys or signatures", async () => {
    const t = testEmulator();
    await t.aliyun("DescribeRouterInterfaces", "2016-04-28", { RegionId: "cn-hangzhou" });
    await t.aliyun(
      "DescribeRouterInterfaces",
      "2016-04-28",
      { RegionId: "cn-hangzhou" },
      { credentials: { accessKeyId: "LTAIemulator", accessKeySecret: "bad" } },
    );
    const { body } = await t.control("GET", "/_emulator/requests?limit=2");
    const requests = body.requests as Array<Record<string, unknown>>;
    expect(requests[0]).toMatchObject({
      cloud: "aliyun",
      action: "DescribeRouterInterfaces",
      signature: "mismatch",
      status: 400,
      code: "SignatureDoesNotMatch",
    });
    expect(requests[1]).toMatchObject({
      signature: "valid",
      status: 200,
      operationId: "aliyun.vpc.DescribeRouterInterfaces",
    });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/LTAIemulator|emulator-secret|Signature=|ACS3-HMAC/);
  });

  it("account: flags switch cloud rules; unknown names are refused", async () => {
    const t = testEmulator();
    expect(
      (await t.control("POST", "/_emulator/account", { flags: { "aliyun.billsOutstanding": true } })).status,
    ).toBe(200);
    expect((await t.aliyun("ConnectRouterInterface", "2016-04-28", RI_PARAMS)).body.Code).toBe(
      "Forbidden.BillsOutstanding",
    );
    expect((await t.control("POST", "/_emulator/account", { flags: { arrears: true } })).status).toBe(400);
    expect(
      (await t.control("POST", "/_emulator/account", { quotas: { "cbn.multicastSourcesPerGroup": -1 } }))
        .status,
    ).toBe(400);
  });

  it("state: the settled world for debugging; reset brings the seed back", async () => {
    const t = testEmulator({ transitions: { mode: "timed", ms: 3000 } });
    await t.aliyun("RegisterTransitRouterMulticastGroupSources", "2017-09-12", {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      GroupIpAddress: "239.3.3.3",
      NetworkInterfaceIds: [ENI.hzFree3],
    });
    t.clock.advance(3000);
    const state = (await t.control("GET", "/_emulator/state")).body as {
      products: { cbn: { groupEntries: Array<{ GroupIpAddress: string; status: string }> } };
    };
    expect(state.products.cbn.groupEntries.find((e) => e.GroupIpAddress === "239.3.3.3")?.status).toBe(
      "Registered",
    );
    await t.control("POST", "/_emulator/reset");
    const after = (await t.control("GET", "/_emulator/state")).body as typeof state;
    expect(after.products.cbn.groupEntries.some((e) => e.GroupIpAddress === "239.3.3.3")).toBe(false);
  });

  it("is off (404) in cloud mode, while the cloud APIs still answer", async () => {
    const emulator = createEmulator({ env: { CLOUD_MODE: "cloud" }, store: new MemoryStore() });
    for (const path of ["/_emulator/reset", "/_emulator/state", "/_emulator/health"]) {
      expect(
        (
          await emulator.handle(
            new Request(`http://127.0.0.1${path}`, { method: path.endsWith("reset") ? "POST" : "GET" }),
          )
        ).status,
      ).toBe(404);
    }
  });
});
