import { describe, expect, it } from "vitest";
import { AccountSettings } from "../../core/account";
import { ManualClock } from "../../core/clock";
import type { ModelContext } from "../../core/product";
import { resourceId } from "../../core/resource-ids";
import { TransitionEngine } from "../../core/transitions";
import { VendorError } from "../../core/vendor-error";
import { LIVE } from "./live-ids";
import { LIVE_ACCOUNT, LiveBackend, liveAccountDeclarations, type LiveCall } from "./live-model";
import { seedLive } from "./live-seed";

function setup() {
  const clock = new ManualClock();
  const account = new AccountSettings(liveAccountDeclarations);
  const ctx: ModelContext = {
    clock,
    transitions: new TransitionEngine(clock),
    account,
    changed: () => undefined,
    backend: () => {
      throw new Error("live looks up no other product");
    },
    newId: resourceId,
  };
  return { clock, account, live: new LiveBackend(seedLive(ctx), ctx) };
}

const server = {
  RelaySourceProtocol: "rtmp",
  RelaySourceDomain: "example.org",
  RelaySourceParams: { key1: "value1" },
};
const body = (over: Record<string, unknown> = {}) => ({
  Vhost: LIVE.vhosts.edu,
  App: "live",
  GroupDetails: [{ Group: "relay1", Servers: [server] }],
  ...over,
});
const as = (action: string, payload: Record<string, unknown>, extra: Partial<LiveCall> = {}): LiveCall => ({
  accountId: LIVE.account,
  action,
  body: payload,
  ...extra,
});

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof VendorError) return `${error.httpStatus} ${error.code}`;
    throw error;
  }
  return "no error";
}

describe("UpdateRelaySourceV3 / DescribeRelaySourceV3 / DeleteRelaySourceV3", () => {
  it("upserts synchronously: the next Describe sees the config", () => {
    const { live } = setup();
    live.update(as("UpdateRelaySourceV3", body()));
    expect(live.describe(as("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.edu }))).toEqual({
      RelaySourceConfigList: [
        { Vhost: LIVE.vhosts.edu, App: "live", GroupDetails: [{ Group: "relay1", Servers: [server] }] },
      ],
    });
  });

  it("replaces a group of the same name and keeps the others", () => {
    const { live } = setup();
    const v = LIVE.vhosts.main;
    live.update(
      as("UpdateRelaySourceV3", body({ Vhost: v, GroupDetails: [{ Group: "relay2", Servers: [server] }] })),
    );
    live.update(
      as(
        "UpdateRelaySourceV3",
        body({
          Vhost: v,
          GroupDetails: [{ Group: "relay1", Servers: [{ ...server, RelaySourceProtocol: "flv" }] }],
        }),
      ),
    );
    const [config] = live.describe(
      as("DescribeRelaySourceV3", { Vhost: v, App: "live" }),
    ).RelaySourceConfigList;
    expect(config?.GroupDetails.map((g) => [g.Group, g.Servers[0]?.RelaySourceProtocol])).toEqual([
      ["relay1", "flv"],
      ["relay2", "rtmp"],
    ]);
  });

  it("filters Describe by App and Group and deletes one group or a whole app", () => {
    const { live } = setup();
    const v = LIVE.vhosts.main;
    expect(
      live.describe(as("DescribeRelaySourceV3", { Vhost: v, Group: "nope" })).RelaySourceConfigList,
    ).toEqual([]);
    live.delete(as("DeleteRelaySourceV3", { Vhost: v, App: "live", Group: "relay1" }));
    expect(live.describe(as("DescribeRelaySourceV3", { Vhost: v })).RelaySourceConfigList).toEqual([]);
    expect(
      codeOf(() => live.delete(as("DeleteRelaySourceV3", { Vhost: v, App: "live", Group: "relay1" }))),
    ).toBe("404 ResourceNotFound");
    live.update(as("UpdateRelaySourceV3", body({ Vhost: v, App: "sports" })));
    live.delete(as("DeleteRelaySourceV3", { Vhost: v, App: "sports" }));
    expect(
      live.describe(as("DescribeRelaySourceV3", { Vhost: v, App: "sports" })).RelaySourceConfigList,
    ).toEqual([]);
  });

  const invalid: Array<[string, Record<string, unknown>, string]> = [
    ["App with a space", { App: "my app" }, "400 InvalidParam"],
    ["App of 31 characters", { App: "a".repeat(31) }, "400 InvalidParam"],
    ["missing App", { App: undefined }, "400 InvalidParam"],
    ["missing Vhost", { Vhost: undefined }, "400 InvalidParam"],
    [
      "protocol RTMP in upper case",
      { GroupDetails: [{ Group: "g", Servers: [{ ...server, RelaySourceProtocol: "RTMP" }] }] },
      "400 InvalidParam",
    ],
    [
      "protocol hls",
      { GroupDetails: [{ Group: "g", Servers: [{ ...server, RelaySourceProtocol: "hls" }] }] },
      "400 InvalidParam",
    ],
    [
      "11 servers",
      { GroupDetails: [{ Group: "g", Servers: Array.from({ length: 11 }, () => server) }] },
      "400 InvalidParam",
    ],
    [
      "origin with port 70000",
      { GroupDetails: [{ Group: "g", Servers: [{ ...server, RelaySourceDomain: "example.org:70000" }] }] },
      "400 InvalidParam",
    ],
    ["no groups", { GroupDetails: [] }, "400 InvalidParam"],
    ["App as a number", { App: 42 }, "400 InvalidParam.BindError"],
    [
      "Servers as an object",
      { GroupDetails: [{ Group: "g", Servers: { 0: server } }] },
      "400 InvalidParam.BindError",
    ],
    [
      "params with a number value",
      { GroupDetails: [{ Group: "g", Servers: [{ ...server, RelaySourceParams: { n: 1 } }] }] },
      "400 InvalidParam.BindError",
    ],
    [
      "the same group twice",
      {
        GroupDetails: [
          { Group: "g", Servers: [server] },
          { Group: "g", Servers: [server] },
        ],
      },
      "429 RequestLimitExceeded.Exist",
    ],
    ["unknown vhost", { Vhost: "nothere.example.com" }, "404 ResourceNotFound"],
    ["a partner's vhost", { Vhost: LIVE.vhosts.partner }, "403 RequestForbidden.AccountIDNotAllow"],
    [
      "a vhost whose domains are all disabled or blocked",
      { Vhost: LIVE.vhosts.blocked },
      "403 RequestForbidden",
    ],
  ];
  it.each(invalid)("%s → %s", (_name, over, expected) => {
    const { live } = setup();
    expect(codeOf(() => live.update(as("UpdateRelaySourceV3", body(over))))).toBe(expected);
  });

  it("accepts 10 servers, an IP origin with a port and a 30-character App", () => {
    const { live } = setup();
    const servers = Array.from({ length: 10 }, (_, i) => ({
      RelaySourceProtocol: "flv",
      RelaySourceDomain: `203.0.113.${i + 1}:1935`,
    }));
    expect(
      codeOf(() =>
        live.update(
          as(
            "UpdateRelaySourceV3",
            body({ App: "a_b-c.".repeat(5), GroupDetails: [{ Group: "g", Servers: servers }] }),
          ),
        ),
      ),
    ).toBe("no error");
  });

  it("refuses a body that did not bind as a JSON object", () => {
    const { live } = setup();
    expect(codeOf(() => live.update(as("UpdateRelaySourceV3", {}, { bodyError: "malformed-json" })))).toBe(
      "400 InvalidParam.BindError",
    );
  });

  it("refuses every relay call while billing is unavailable", () => {
    const { live, account } = setup();
    account.update({ flags: { [LIVE_ACCOUNT.notActivated]: true } });
    expect(codeOf(() => live.describe(as("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.main })))).toBe(
      "403 RequestForbidden.BillingStatus",
    );
    account.update({ flags: { [LIVE_ACCOUNT.notActivated]: false, [LIVE_ACCOUNT.overdue]: true } });
    expect(codeOf(() => live.update(as("UpdateRelaySourceV3", body())))).toBe(
      "403 RequestForbidden.BillingStatus",
    );
  });

  it("throttles the 11th call of an action within one second, per action", () => {
    const { live, clock } = setup();
    const read = () => live.describe(as("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.main }));
    for (let i = 0; i < 10; i++) read();
    expect(codeOf(read)).toBe("429 AccountFlowLimitExceeded");
    expect(codeOf(() => live.update(as("UpdateRelaySourceV3", body())))).toBe("no error");
    clock.advance(1000);
    expect(codeOf(read)).toBe("no error");
  });
});

describe("ListDomainDetail", () => {
  it("lists the caller's domains with Total, filtered and paged", () => {
    const { live } = setup();
    const all = live.listDomains(as("ListDomainDetail", { PageNum: 1, PageSize: 100 }));
    expect(all.Total).toBe(7);
    expect(all.DomainList.some((d) => d.Vhost === LIVE.vhosts.partner)).toBe(false);
    const pull = live.listDomains(
      as("ListDomainDetail", {
        PageNum: 1,
        PageSize: 1,
        DomainTypeList: ["pull-flv"],
        VhostList: [LIVE.vhosts.main],
      }),
    );
    expect(pull.Total).toBe(2);
    expect(pull.DomainList).toEqual([
      expect.objectContaining({ Domain: `pull.${LIVE.vhosts.main}`, PushDomain: `push.${LIVE.vhosts.main}` }),
    ]);
  });

  it("needs PageNum and PageSize of 1–1000 as numbers", () => {
    const { live } = setup();
    expect(codeOf(() => live.listDomains(as("ListDomainDetail", { PageSize: 10 })))).toBe("400 InvalidParam");
    expect(codeOf(() => live.listDomains(as("ListDomainDetail", { PageNum: 1, PageSize: 1001 })))).toBe(
      "400 InvalidParam",
    );
    expect(codeOf(() => live.listDomains(as("ListDomainDetail", { PageNum: "1", PageSize: 10 })))).toBe(
      "400 InvalidParam.BindError",
    );
  });
});
