import { describe, expect, it } from "vitest";
import { ENI, MCAST_DOMAIN } from "../products/aliyun-demo/demo-ids";
import { testEmulator } from "../testing/test-emulator";

const CEN = "2017-09-12";
const base = {
  TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
  GroupIpAddress: "239.7.7.7",
  NetworkInterfaceIds: [ENI.hzFree1],
};

describe("ClientToken idempotency (apis.md §1.6)", () => {
  it("same token + same params → the original result and nothing new", async () => {
    const t = testEmulator({ transitions: { mode: "timed", ms: 3000 } });
    const first = await t.aliyun("RegisterTransitRouterMulticastGroupSources", CEN, {
      ...base,
      ClientToken: "t-1",
    });
    const again = await t.aliyun("RegisterTransitRouterMulticastGroupSources", CEN, {
      ...base,
      ClientToken: "t-1",
    });
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    const list = await t.aliyun("ListTransitRouterMulticastGroups", CEN, {
      TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
      GroupIpAddress: "239.7.7.7",
    });
    expect(list.body.TotalCount).toBe(1);
    // Without the token the same call is a new request, and the cloud's own rule answers.
    const untokened = await t.aliyun("RegisterTransitRouterMulticastGroupSources", CEN, base);
    expect(untokened.body.Code).toBe("InstanceExist");
  });

  it("same token + other params → IdempotentParameterMismatch (400)", async () => {
    const t = testEmulator();
    await t.aliyun("RegisterTransitRouterMulticastGroupSources", CEN, { ...base, ClientToken: "t-2" });
    const other = await t.aliyun("RegisterTransitRouterMulticastGroupSources", CEN, {
      ...base,
      NetworkInterfaceIds: [ENI.hzFree2],
      ClientToken: "t-2",
    });
    expect(other).toMatchObject({ status: 400, body: { Code: "IdempotentParameterMismatch" } });
  });

  it("a failed call (or a DryRun) does not consume the token: fix the problem, retry with the same token", async () => {
    const t = testEmulator();
    await t.control("POST", "/_emulator/account", { quotas: { "cbn.multicastGroupsPerDomain": 2 } });
    const params = { ...base, ClientToken: "t-3" };
    expect((await t.aliyun("RegisterTransitRouterMulticastGroupSources", CEN, params)).body.Code).toBe(
      "QuotaFull.MulticastGroupPerDomain",
    );
    await t.control("POST", "/_emulator/account", { quotas: { "cbn.multicastGroupsPerDomain": 100 } });
    const dryRun = await t.aliyun("RegisterTransitRouterMulticastGroupSources", CEN, {
      ...params,
      DryRun: true,
    });
    expect(dryRun.body.Code).toBe("DryRunOperation");
    expect((await t.aliyun("RegisterTransitRouterMulticastGroupSources", CEN, params)).status).toBe(200);
  });
});
