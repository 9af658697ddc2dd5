import { describe, expect, it } from "vitest";
import type { TransitionMode } from "../../core/transitions";
import { modelHarness } from "../../testing/model-harness";
import { codeOf } from "../../testing/vendor-code";
import { ACCOUNTS, RI, ROUTER } from "../aliyun-demo/demo-ids";
import type { VpcBackend } from "./vpc-model";

const ME = ACCOUNTS.demo;
const HZ = "cn-hangzhou";
const SH = "cn-shanghai";

function setup(transitions?: TransitionMode) {
  const h = modelHarness({ transitions });
  const vpc = h.backend<VpcBackend>("vpc");
  const status = (id: string, region = id.startsWith("ri-uf6") ? SH : HZ) => vpc.get(ME, region, id).status;
  return { ...h, vpc, status };
}

describe("ConnectRouterInterface (seed 001)", () => {
  it("connects the ready pair: Connecting / AcceptingConnecting, then both Active with ConnectedTime", () => {
    const t = setup();
    t.vpc.connect(ME, HZ, RI.readyInitiator);
    expect(t.status(RI.readyInitiator)).toBe("Connecting");
    expect(t.status(RI.readyAcceptor)).toBe("AcceptingConnecting");
    t.clock.advance(3000);
    expect(t.status(RI.readyInitiator)).toBe("Active");
    expect(t.status(RI.readyAcceptor)).toBe("Active");
    expect(t.vpc.get(ME, HZ, RI.readyInitiator).ConnectedTime).toBe(
      new Date(t.clock.now()).toISOString().slice(0, 19) + "Z",
    );
  });

  it("InvalidRegionId.NotFound (404): not a region", () => {
    expect(codeOf(() => setup().vpc.connect(ME, "cn-atlantis", RI.readyInitiator))).toBe(
      "404 InvalidRegionId.NotFound",
    );
  });

  it("InvalidRouterInterfaceId.NotFound (404): unknown id, wrong region, or another account's interface", () => {
    const t = setup();
    expect(codeOf(() => t.vpc.connect(ME, HZ, "ri-bp1doesnotexist00000000"))).toBe(
      "404 InvalidRouterInterfaceId.NotFound",
    );
    expect(codeOf(() => t.vpc.connect(ME, SH, RI.readyInitiator))).toBe(
      "404 InvalidRouterInterfaceId.NotFound",
    );
    expect(codeOf(() => t.vpc.connect(ME, SH, RI.partnerInitiator))).toBe(
      "404 InvalidRouterInterfaceId.NotFound",
    );
  });

  it("IncorrectRole.NotInitiatingSide: calling it on the accepting side", () => {
    expect(codeOf(() => setup().vpc.connect(ME, SH, RI.waitingAcceptor))).toBe(
      "400 IncorrectRole.NotInitiatingSide",
    );
  });

  it("IncorrectStatus: the initiator is not Idle (Active, Inactive, or already Connecting)", () => {
    const t = setup();
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.activeInitiator))).toBe("400 IncorrectStatus");
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.inactiveInitiator))).toBe("400 IncorrectStatus");
    t.vpc.connect(ME, HZ, RI.readyInitiator);
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.readyInitiator))).toBe("400 IncorrectStatus");
  });

  it("Forbidden.BillsOutstanding: the account has an overdue bill", () => {
    const t = setup();
    t.world.account.update({ flags: { "aliyun.billsOutstanding": true } });
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.readyInitiator))).toBe("400 Forbidden.BillsOutstanding");
    t.world.account.update({ flags: { "aliyun.billsOutstanding": false } });
    expect(() => t.vpc.connect(ME, HZ, RI.readyInitiator)).not.toThrow();
  });

  it("IncorrectOppositeInterfaceInfo.NotSet: peer info missing", () => {
    expect(codeOf(() => setup().vpc.connect(ME, HZ, RI.unconfiguredInitiator))).toBe(
      "400 IncorrectOppositeInterfaceInfo.NotSet",
    );
  });

  it("IncorrectOppositeInterfaceInfo: peer missing, router mismatched, peer not an acceptor, or the same router", () => {
    const t = setup();
    const base = { OppositeRouterType: "VRouter", OppositeInterfaceOwnerId: ME };
    t.vpc.modify(ME, HZ, RI.unconfiguredInitiator, {
      ...base,
      OppositeInterfaceId: "ri-uf6nobody0000000000000",
      OppositeRouterId: ROUTER.shDr,
    });
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.unconfiguredInitiator))).toBe(
      "400 IncorrectOppositeInterfaceInfo",
    );
    t.vpc.modify(ME, HZ, RI.unconfiguredInitiator, {
      ...base,
      OppositeInterfaceId: RI.unconfiguredAcceptor,
      OppositeRouterId: ROUTER.shApp,
    });
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.unconfiguredInitiator))).toBe(
      "400 IncorrectOppositeInterfaceInfo",
    );
    t.vpc.modify(ME, HZ, RI.unconfiguredInitiator, {
      ...base,
      OppositeInterfaceId: RI.duplicateInitiator,
      OppositeRouterId: ROUTER.hzData,
    });
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.unconfiguredInitiator))).toBe(
      "400 IncorrectOppositeInterfaceInfo",
    );
    // An acceptor on our own router: "Cannot connect on the same router".
    t.vpc.modify(ME, HZ, RI.duplicateInitiator, {
      ...base,
      OppositeInterfaceId: RI.inactiveAcceptor,
      OppositeRouterId: ROUTER.hzData,
    });
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.duplicateInitiator))).toBe(
      "400 IncorrectOppositeInterfaceInfo",
    );
  });

  it("RejectedByOppositeInterface (403): the peer names another interface", () => {
    const t = setup();
    t.vpc.modify(ME, HZ, RI.unconfiguredInitiator, {
      OppositeInterfaceId: RI.readyAcceptor,
      OppositeRouterId: ROUTER.shApp,
      OppositeRouterType: "VRouter",
      OppositeInterfaceOwnerId: ME,
    });
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.unconfiguredInitiator))).toBe(
      "403 RejectedByOppositeInterface",
    );
  });

  it("Forbidden.OnlyOneConnection: the two routers already have a connected pair", () => {
    expect(codeOf(() => setup().vpc.connect(ME, HZ, RI.duplicateInitiator))).toBe(
      "400 Forbidden.OnlyOneConnection",
    );
  });

  it("CROSS_BID.FORBIDDEN (404): the peer belongs to an international-site account", () => {
    expect(codeOf(() => setup().vpc.connect(ME, HZ, RI.crossBidInitiator))).toBe("404 CROSS_BID.FORBIDDEN");
  });

  it("set peer info both ways with ModifyRouterInterfaceAttribute, then connect", () => {
    const t = setup({ mode: "immediate" });
    t.vpc.modify(ME, HZ, RI.unconfiguredInitiator, {
      OppositeInterfaceId: RI.unconfiguredAcceptor,
      OppositeRouterId: ROUTER.shDr,
      OppositeRouterType: "VRouter",
      OppositeInterfaceOwnerId: ME,
    });
    expect(codeOf(() => t.vpc.connect(ME, HZ, RI.unconfiguredInitiator))).toBe(
      "403 RejectedByOppositeInterface",
    );
    t.vpc.modify(ME, SH, RI.unconfiguredAcceptor, {
      OppositeInterfaceId: RI.unconfiguredInitiator,
      OppositeRouterId: ROUTER.hzApp,
      OppositeRouterType: "VRouter",
      OppositeInterfaceOwnerId: ME,
    });
    t.vpc.connect(ME, HZ, RI.unconfiguredInitiator);
    expect(t.status(RI.unconfiguredInitiator)).toBe("Active");
    expect(t.status(RI.unconfiguredAcceptor)).toBe("Active");
  });
});

describe("ModifyRouterInterfaceAttribute", () => {
  it("changes name and description in any state, peer info only while Idle", () => {
    const t = setup();
    t.vpc.modify(ME, HZ, RI.activeInitiator, { Name: "renamed", Description: "new text" });
    expect(t.vpc.get(ME, HZ, RI.activeInitiator)).toMatchObject({ Name: "renamed", Description: "new text" });
    expect(
      codeOf(() => t.vpc.modify(ME, HZ, RI.activeInitiator, { OppositeInterfaceId: RI.readyAcceptor })),
    ).toBe("400 IncorrectStatus");
  });

  it("refuses malformed values with InvalidParameter", () => {
    const t = setup();
    expect(codeOf(() => t.vpc.modify(ME, HZ, RI.readyInitiator, { Name: "x" }))).toBe("400 InvalidParameter");
    expect(codeOf(() => t.vpc.modify(ME, HZ, RI.readyInitiator, { Name: "http://x" }))).toBe(
      "400 InvalidParameter",
    );
    expect(codeOf(() => t.vpc.modify(ME, HZ, RI.readyInitiator, { OppositeRouterType: "Router" }))).toBe(
      "400 InvalidParameter",
    );
    expect(codeOf(() => t.vpc.modify(ME, HZ, RI.readyInitiator, { OppositeInterfaceOwnerId: "abc" }))).toBe(
      "400 InvalidParameter",
    );
  });
});

describe("Deactivate / Activate", () => {
  it("Active → Deactivating → Inactive on both sides; Inactive → Activating → Active", () => {
    const t = setup();
    t.vpc.deactivate(ME, HZ, RI.activeInitiator);
    expect(t.status(RI.activeInitiator)).toBe("Deactivating");
    expect(t.status(RI.activeAcceptor)).toBe("Deactivating");
    t.clock.advance(3000);
    expect(t.status(RI.activeInitiator)).toBe("Inactive");
    expect(t.status(RI.activeAcceptor)).toBe("Inactive");
    t.vpc.activate(ME, HZ, RI.activeInitiator);
    expect(t.status(RI.activeInitiator)).toBe("Activating");
    t.clock.advance(3000);
    expect(t.status(RI.activeInitiator)).toBe("Active");
    expect(t.status(RI.activeAcceptor)).toBe("Active");
  });

  it("IncorrectStatus outside Active / Inactive; Forbidden.BillsOutstanding on activate", () => {
    const t = setup();
    expect(codeOf(() => t.vpc.deactivate(ME, HZ, RI.readyInitiator))).toBe("400 IncorrectStatus");
    expect(codeOf(() => t.vpc.activate(ME, HZ, RI.readyInitiator))).toBe("400 IncorrectStatus");
    t.world.account.update({ flags: { "aliyun.billsOutstanding": true } });
    expect(codeOf(() => t.vpc.activate(ME, HZ, RI.inactiveInitiator))).toBe("400 Forbidden.BillsOutstanding");
  });
});

describe("DescribeRouterInterfaces filters and paging", () => {
  it("ANDs keys and ORs values; only the caller's interfaces in the region", () => {
    const t = setup();
    const ids = (filters: { key: string; values: string[] }[]) =>
      t.vpc
        .describe(ME, HZ, filters, 1, 50)
        .items.map((ri) => ri.RouterInterfaceId)
        .sort();
    expect(ids([{ key: "Status", values: ["Active", "Inactive"] }])).toEqual(
      [RI.activeInitiator, RI.inactiveAcceptor, RI.inactiveInitiator].sort(),
    );
    expect(
      ids([
        { key: "Status", values: ["Idle"] },
        { key: "RouterId", values: [ROUTER.hzApp] },
      ]),
    ).toEqual([RI.crossBidInitiator, RI.readyInitiator, RI.unconfiguredInitiator].sort());
    expect(ids([{ key: "RouterType", values: ["VBR"] }])).toEqual([RI.inactiveInitiator]);
    expect(t.vpc.describe(ME, SH, [], 1, 50).items.some((ri) => ri.OwnerId !== ME)).toBe(false);
  });

  it("pages with PageNumber/PageSize and reports TotalCount", () => {
    const t = setup();
    const all = t.vpc.describe(ME, HZ, [], 1, 50);
    const page2 = t.vpc.describe(ME, HZ, [], 2, 3);
    expect(page2.totalCount).toBe(all.totalCount);
    expect(page2.items.map((r) => r.RouterInterfaceId)).toEqual(
      all.items.slice(3, 6).map((r) => r.RouterInterfaceId),
    );
  });

  it("refuses unknown keys, more than 5 filters, and empty value lists", () => {
    const t = setup();
    expect(codeOf(() => t.vpc.describe(ME, HZ, [{ key: "Color", values: ["x"] }], 1, 10))).toBe(
      "400 InvalidParameter",
    );
    const six = Array.from({ length: 6 }, () => ({ key: "Status", values: ["Idle"] }));
    expect(codeOf(() => t.vpc.describe(ME, HZ, six, 1, 10))).toBe("400 InvalidParameter");
    expect(codeOf(() => t.vpc.describe(ME, HZ, [{ key: "Status", values: [] }], 1, 10))).toBe(
      "400 InvalidParameter",
    );
  });

  it("manual mode: Connecting becomes Active after N describe calls", () => {
    const t = setup({ mode: "manual", reads: 2 });
    t.vpc.connect(ME, HZ, RI.readyInitiator);
    const statusVia = () =>
      t.vpc.describe(ME, HZ, [{ key: "RouterInterfaceId", values: [RI.readyInitiator] }], 1, 10).items[0]!
        .status;
    expect(statusVia()).toBe("Connecting");
    expect(statusVia()).toBe("Active");
  });

  it("DescribeRouterInterfaceAttribute needs InstanceId (InvalidParam.NotNull)", () => {
    expect(codeOf(() => setup().vpc.get(ME, HZ, undefined))).toBe("400 InvalidParam.NotNull");
  });
});
