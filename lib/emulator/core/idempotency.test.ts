import { describe, expect, it } from "vitest";
import { ENI, MCAST_DOMAIN } from "../products/aliyun-demo/demo-ids";
import { testEmulator } from "../testing/test-emulator";
import { ManualClock } from "./clock";
import { fingerprintOf, IdempotencyStore } from "./idempotency";

const CEN = "2017-09-12";
const base = {
  TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
  GroupIpAddress: "239.7.7.7",
  NetworkInterfaceIds: [ENI.hzFree1],
};

describe("ClientToken idempotency (docs/cloud-apis.md §1.6)", () => {
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

describe("fingerprintOf", () => {
  // Fingerprints are persisted in state.json: the same parameters must keep hashing to the same value.
  it("is pinned, ignores ClientToken and key order", () => {
    const input = {
      TransitRouterMulticastDomainId: "tr-mcast-domain-x",
      GroupIpAddress: "239.7.7.7",
      NetworkInterfaceIds: ["eni-1", "eni-2"],
      ClientToken: "t-1",
      Tags: [{ Key: "k", Value: "v" }],
      é: "ü",
    };
    expect(fingerprintOf(input)).toBe("EMVTbjrOOnfevstjulRicOVwQbg=");
    const reordered = Object.entries(input)
      .filter(([key]) => key !== "ClientToken")
      .reverse();
    expect(fingerprintOf(Object.fromEntries(reordered))).toBe("EMVTbjrOOnfevstjulRicOVwQbg=");
    expect(fingerprintOf({ ClientToken: "x" })).toBe(fingerprintOf({}));
    expect(fingerprintOf({ ...input, GroupIpAddress: "239.7.7.8" })).not.toBe("EMVTbjrOOnfevstjulRicOVwQbg=");
  });
});

describe("IdempotencyStore bounds", () => {
  const tokens = (store: IdempotencyStore) => store.snapshot().map(([key]) => key.split("\n")[1]);

  it("forgets the oldest tokens first, also after a restore and across many evictions", () => {
    const store = new IdempotencyStore(new ManualClock(), 3);
    for (const token of ["a", "b", "c", "d", "e"]) store.run("op", token, { token }, () => ({ token }));
    expect(tokens(store)).toEqual(["c", "d", "e"]);
    let calls = 0;
    store.run("op", "a", { token: "a" }, () => ++calls);
    expect(calls).toBe(1); // "a" was forgotten: the call runs again

    const restored = new IdempotencyStore(new ManualClock(), 3);
    restored.restore(store.snapshot());
    restored.run("op", "f", {}, () => ({}));
    expect(tokens(restored)).toEqual(["e", "a", "f"]);

    const big = new IdempotencyStore(new ManualClock(), 10);
    for (let i = 0; i < 5000; i++) big.run("op", `t${i}`, {}, () => ({}));
    expect(tokens(big)).toEqual(Array.from({ length: 10 }, (_, i) => `t${4990 + i}`));
    big.clear();
    big.run("op", "x", {}, () => ({}));
    expect(tokens(big)).toEqual(["x"]);
  });
});
