import { describe, expect, it } from "vitest";
import { AccountSettings } from "../../core/account";
import { ManualClock } from "../../core/clock";
import type { ModelContext } from "../../core/product";
import { resourceId } from "../../core/resource-ids";
import { TransitionEngine, type TransitionMode } from "../../core/transitions";
import { VendorError } from "../../core/vendor-error";
import { ACCOUNT, QUOTA, vpcAccountDeclarations } from "./mirror-session-checks";
import type { RawTag } from "./mirror-session-rules";
import { BJ, SH } from "./volc-vpc-ids";
import { VolcVpcBackend, type CreateSessionRequest } from "./volc-vpc-model";
import { seedVolcVpc } from "./volc-vpc-seed";

function setup(mode: TransitionMode = { mode: "timed", ms: 3000 }) {
  const clock = new ManualClock();
  const transitions = new TransitionEngine(clock, mode);
  const account = new AccountSettings(vpcAccountDeclarations);
  let changes = 0;
  const ctx: ModelContext = {
    clock,
    transitions,
    account,
    changed: () => void changes++,
    backend: () => {
      throw new Error("volc-vpc looks up no other product");
    },
    newId: resourceId,
  };
  const vpc = new VolcVpcBackend(seedVolcVpc(ctx), ctx);
  return { clock, account, vpc, changes: () => changes };
}

const valid = (over: Partial<CreateSessionRequest> = {}): CreateSessionRequest => ({
  region: BJ.region,
  NetworkInterfaceId: BJ.enis.web02Primary,
  TrafficMirrorTargetId: BJ.targets.idsEni,
  TrafficMirrorFilterId: BJ.filters.webAll,
  Priority: "2",
  Tags: [],
  ...over,
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

const statusOf = (vpc: VolcVpcBackend, id: string, region: string = BJ.region) =>
  vpc.describeSessions(region, { ids: [id], names: [], tagFilters: [] }).TrafficMirrorSessions[0]?.Status;

describe("CreateTrafficMirrorSession lifecycle", () => {
  it("creates a Creating session that becomes Active after the timed transition", () => {
    const { vpc, clock } = setup();
    const { TrafficMirrorSessionId: id } = vpc.createSession(
      valid({ TrafficMirrorSessionName: "web02-to-ids" }),
    );
    expect(id).toMatch(/^tms-[a-z0-9]{25}$/);
    expect(statusOf(vpc, id)).toBe("Creating");
    clock.advance(2999);
    expect(statusOf(vpc, id)).toBe("Creating");
    clock.advance(1);
    expect(statusOf(vpc, id)).toBe("Active");
  });

  it("applies the defaults: packet length 1500, the lowest free VNI, project default", () => {
    const { vpc } = setup({ mode: "immediate" });
    const { TrafficMirrorSessionId: id } = vpc.createSession(valid());
    const [session] = vpc.describeSessions(BJ.region, {
      ids: [id],
      names: [],
      tagFilters: [],
    }).TrafficMirrorSessions;
    expect(session).toMatchObject({
      PacketLength: 1500,
      VirtualNetworkId: 2,
      ProjectName: "default",
      TrafficMirrorSourceIds: [BJ.enis.web02Primary],
    });
  });

  it("deletes through Deleting until the session is gone", () => {
    const { vpc } = setup({ mode: "manual", reads: 2 });
    vpc.deleteSession(BJ.region, BJ.sessions.web01);
    expect(statusOf(vpc, BJ.sessions.web01)).toBe("Deleting"); // read 1
    expect(statusOf(vpc, BJ.sessions.web01)).toBeUndefined(); // read 2 completes it
  });

  it("refuses to delete an unknown or still-creating session", () => {
    const { vpc } = setup({ mode: "manual", reads: 5 });
    expect(codeOf(() => vpc.deleteSession(BJ.region, "tms-doesnotexist000000000000"))).toBe(
      "404 InvalidTrafficMirrorSession.NotFound",
    );
    const { TrafficMirrorSessionId: id } = vpc.createSession(valid());
    expect(codeOf(() => vpc.deleteSession(BJ.region, id))).toBe(
      "400 InvalidTrafficMirrorSession.InvalidStatus",
    );
  });

  it("keeps regions apart: a Beijing ENI is unknown in Shanghai", () => {
    const { vpc } = setup();
    expect(codeOf(() => vpc.createSession(valid({ region: SH.region })))).toBe(
      "404 InvalidNetworkInterfaceId.NotFound",
    );
  });
});

describe("CreateTrafficMirrorSession parameter rules (seed 002)", () => {
  const cases: Array<[string, Partial<CreateSessionRequest>, string]> = [
    ["priority 0", { Priority: "0" }, "400 InvalidPriority.Malformed"],
    ["priority 32767", { Priority: "32767" }, "400 InvalidPriority.Malformed"],
    ["priority not a number", { Priority: "high" }, "400 InvalidPriority.Malformed"],
    ["VNI 0", { VirtualNetworkId: "0" }, "400 InvalidVirtualNetworkId.Malformed"],
    ["VNI 16777216", { VirtualNetworkId: "16777216" }, "400 InvalidVirtualNetworkId.Malformed"],
    ["packet length 63", { PacketLength: "63" }, "400 InvalidPacketLength.Malformed"],
    ["packet length 9601", { PacketLength: "9601" }, "400 InvalidPacketLength.Malformed"],
    ["name of 129 characters", { TrafficMirrorSessionName: "a".repeat(129) }, "400 InvalidName.Malformed"],
    ["name starting with a dash", { TrafficMirrorSessionName: "-web" }, "400 InvalidName.Malformed"],
    ["description of 256 characters", { Description: "d".repeat(256) }, "400 InvalidDescription.Malformed"],
    ["description with a slash", { Description: "web/prod" }, "400 InvalidDescription.Malformed"],
    [
      "ClientToken of 65 characters",
      { ClientToken: "t".repeat(65) },
      "400 InvalidParameter.ClientTokenMalformed",
    ],
    ["ClientToken with non-ASCII", { ClientToken: "令牌" }, "400 InvalidParameter.ClientTokenMalformed"],
    ["unknown project", { ProjectName: "ghost" }, "404 InvalidProject.NotFound"],
    ["missing priority", { Priority: undefined }, "400 MissingParameter"],
  ];
  it.each(cases)("%s → %s", (_name, over, expected) => {
    const { vpc } = setup();
    expect(codeOf(() => vpc.createSession(valid(over)))).toBe(expected);
  });

  it("accepts the boundary values", () => {
    const { vpc } = setup();
    const id = vpc.createSession(
      valid({
        Priority: "32766",
        VirtualNetworkId: "16777215",
        PacketLength: "9600",
        TrafficMirrorSessionName: "名称_web-1.a",
        Description: "镜像，web 流量。",
      }),
    ).TrafficMirrorSessionId;
    expect(id).toMatch(/^tms-/);
  });

  it("checks tags: count, order, keys and values", () => {
    const { vpc } = setup();
    const tags = (list: RawTag[]) => valid({ Tags: list });
    const many = Array.from({ length: 21 }, (_, i) => ({ index: i + 1, Key: `k${i}`, Value: "v" }));
    expect(codeOf(() => vpc.createSession(tags(many)))).toBe("400 LimitExceeded.Tags");
    expect(
      codeOf(() =>
        vpc.createSession(
          tags([
            { index: 1, Key: "a" },
            { index: 3, Key: "b" },
          ]),
        ),
      ),
    ).toBe("400 InvalidTag.Disorder");
    expect(codeOf(() => vpc.createSession(tags([{ index: 1, Value: "orphan" }])))).toBe(
      "400 InvalidTagKey.Malformed",
    );
    expect(
      codeOf(() =>
        vpc.createSession(
          tags([
            { index: 1, Key: "a" },
            { index: 2, Key: "a" },
          ]),
        ),
      ),
    ).toBe("400 InvalidTagKey.Malformed");
    expect(codeOf(() => vpc.createSession(tags([{ index: 1, Key: "k".repeat(129) }])))).toBe(
      "400 InvalidTagKey.Malformed",
    );
    expect(codeOf(() => vpc.createSession(tags([{ index: 1, Key: "sys:owner" }])))).toBe(
      "400 InvalidTagKey.Malformed",
    );
    expect(codeOf(() => vpc.createSession(tags([{ index: 1, Key: "a", Value: "v".repeat(257) }])))).toBe(
      "400 InvalidTagValue.Malformed",
    );
  });
});

describe("CreateTrafficMirrorSession resource rules (seed 002)", () => {
  const cases: Array<[string, Partial<CreateSessionRequest>, string]> = [
    [
      "unknown source ENI",
      { NetworkInterfaceId: "eni-doesnotexist00000000000" },
      "404 InvalidNetworkInterfaceId.NotFound",
    ],
    ["service-managed ENI", { NetworkInterfaceId: BJ.enis.clbManaged }, "403 Forbidden"],
    ["trunk ENI", { NetworkInterfaceId: BJ.enis.trunk }, "400 InvalidEni.InvalidType"],
    ["detached ENI", { NetworkInterfaceId: BJ.enis.spare }, "400 InvalidEni.InstanceMismatch"],
    ["ENI still attaching", { NetworkInterfaceId: BJ.enis.attaching }, "400 InvalidEni.InvalidStatus"],
    [
      "ENI of a burstable instance",
      { NetworkInterfaceId: BJ.enis.legacyPrimary },
      "400 InvalidInstanceSpecification.Malformed",
    ],
    [
      "unknown filter",
      { TrafficMirrorFilterId: "tmf-doesnotexist00000000000" },
      "404 InvalidTrafficMirrorFilter.NotFound",
    ],
    [
      "filter still Creating",
      { TrafficMirrorFilterId: BJ.filters.pending },
      "400 InvalidTrafficMirrorFilter.InvalidStatus",
    ],
    [
      "unknown target",
      { TrafficMirrorTargetId: "tmt-doesnotexist00000000000" },
      "404 InvalidTrafficMirrorTarget.NotFound",
    ],
    [
      "target still Creating",
      { TrafficMirrorTargetId: BJ.targets.creating },
      "400 InvalidTrafficMirrorTarget.InvalidStatus",
    ],
    [
      "target on a detached ENI",
      { TrafficMirrorTargetId: BJ.targets.standbyEni },
      "400 InvalidTrafficMirrorTarget.InvalidInstance",
    ],
    ["target on a deleted ENI", { TrafficMirrorTargetId: BJ.targets.orphan }, "404 InvalidEniId.NotFound"],
    [
      "source that is a target's ENI",
      { NetworkInterfaceId: BJ.enis.idsPrimary, TrafficMirrorTargetId: BJ.targets.collectorClb },
      "400 InvalidParameter.NetworkInterfaceId",
    ],
    ["priority 1 already taken", { Priority: "1" }, "409 InvalidTrafficMirrorSessionPriority.Conflict"],
  ];
  it.each(cases)("%s → %s", (_name, over, expected) => {
    const { vpc } = setup();
    expect(codeOf(() => vpc.createSession(valid(over)))).toBe(expected);
  });

  it("refuses an ENI target whose ENI is already a session source", () => {
    const { vpc } = setup();
    const state = vpc.state.regions[BJ.region]!;
    state.targets["tmt-web01eni0000000000000000"] = {
      ...state.targets[BJ.targets.idsEni]!,
      TrafficMirrorTargetId: "tmt-web01eni0000000000000000",
      InstanceId: BJ.enis.web01Primary,
    };
    expect(
      codeOf(() => vpc.createSession(valid({ TrafficMirrorTargetId: "tmt-web01eni0000000000000000" }))),
    ).toBe("400 InvalidParameter.NetworkInterfaceId");
  });

  it("refuses a CLB target whose CLB is not active", () => {
    const { vpc } = setup();
    vpc.state.regions[BJ.region]!.clbs[BJ.clb]!.Status = "Inactive";
    expect(codeOf(() => vpc.createSession(valid({ TrafficMirrorTargetId: BJ.targets.collectorClb })))).toBe(
      "400 InvalidTrafficMirrorTarget.InvalidInstance",
    );
  });
});

describe("quotas and account conditions", () => {
  it("allows three sessions per source ENI by default", () => {
    const { vpc } = setup();
    vpc.createSession(
      valid({
        NetworkInterfaceId: BJ.enis.web01Primary,
        Priority: "2",
        TrafficMirrorTargetId: BJ.targets.collectorClb,
      }),
    );
    vpc.createSession(
      valid({
        NetworkInterfaceId: BJ.enis.web01Primary,
        Priority: "3",
        TrafficMirrorTargetId: BJ.targets.collectorClb,
      }),
    );
    expect(
      codeOf(() => vpc.createSession(valid({ NetworkInterfaceId: BJ.enis.web01Primary, Priority: "4" }))),
    ).toBe("400 QuotaExceeded.TrafficMirrorSourceSession");
  });

  const quotaCases: Array<[string, string]> = [
    [QUOTA.sessionsPerRegion, "400 QuotaExceeded.TrafficMirrorSession"],
    [QUOTA.sessionsPerFilter, "400 QuotaExceeded.TrafficMirrorFilterSession"],
    [QUOTA.sessionsPerTarget, "400 QuotaExceeded.TrafficMirrorTargetSession"],
    [QUOTA.sourcesPerTarget, "400 QuotaExceeded.TrafficMirrorTargetSource"],
  ];
  it.each(quotaCases)("quota %s lowered to 1 → %s", (quota, expected) => {
    const { vpc, account } = setup();
    account.update({ quotas: { [quota]: 1 } });
    expect(codeOf(() => vpc.createSession(valid()))).toBe(expected);
  });

  const flagCases: Array<[string, string]> = [
    [ACCOUNT.overdue, "400 UnsupportedOperation"],
    [ACCOUNT.balanceBelow100, "400 UnsupportedOperation"],
    [ACCOUNT.purchaseLimited, "403 Forbidden.PurchaseLimited"],
    [ACCOUNT.orderFails, "400 OrderError"],
  ];
  it.each(flagCases)("flag %s → %s", (flag, expected) => {
    const { vpc, account } = setup();
    account.update({ flags: { [flag]: true } });
    expect(codeOf(() => vpc.createSession(valid()))).toBe(expected);
  });
});

describe("a repeated ClientToken (the memory is the core's; the 412 window is this model's)", () => {
  it("answers 412 IdempotentProcessing while the first session is Creating inside the window", () => {
    const { vpc, clock } = setup({ mode: "timed", ms: 3000 });
    const acceptedAt = clock.now();
    const { TrafficMirrorSessionId: id } = vpc.createSession(valid({ ClientToken: "tok-2" }));
    clock.advance(1499);
    expect(codeOf(() => vpc.checkRepeat(BJ.region, id, acceptedAt))).toBe("412 IdempotentProcessing");
    clock.advance(1);
    expect(codeOf(() => vpc.checkRepeat(BJ.region, id, acceptedAt))).toBe("no error");
  });

  it("lets a repeat through at once when the session is already Active", () => {
    const { vpc, account, clock } = setup({ mode: "immediate" });
    account.update({ quotas: { [QUOTA.processingWindowMs]: 60_000 } });
    const first = vpc.createSession(valid({ ClientToken: "tok-3" }));
    expect(statusOf(vpc, first.TrafficMirrorSessionId)).toBe("Active");
    expect(codeOf(() => vpc.checkRepeat(BJ.region, first.TrafficMirrorSessionId, clock.now()))).toBe(
      "no error",
    );
  });
});

describe("pickers", () => {
  it("pages sessions with MaxResults/NextToken and no TotalCount", () => {
    const { vpc } = setup({ mode: "immediate" });
    vpc.createSession(valid({ Priority: "7" }));
    const first = vpc.describeSessions(BJ.region, { ids: [], names: [], tagFilters: [], MaxResults: "1" });
    expect(first.TrafficMirrorSessions).toHaveLength(1);
    expect(first.NextToken).not.toBe("");
    expect(first).not.toHaveProperty("TotalCount");
    const second = vpc.describeSessions(BJ.region, {
      ids: [],
      names: [],
      tagFilters: [],
      MaxResults: "1",
      NextToken: first.NextToken,
    });
    expect(second.TrafficMirrorSessions[0]?.Priority).toBe(7);
    expect(second.NextToken).toBe("");
    expect(
      codeOf(() =>
        vpc.describeSessions(BJ.region, { ids: [], names: [], tagFilters: [], NextToken: "bogus" }),
      ),
    ).toBe("400 InvalidNextToken.Malformed");
  });

  it("filters sessions by tag and priority", () => {
    const { vpc } = setup();
    const q = { ids: [], names: [], tagFilters: [{ key: "env", values: ["prod"] }] };
    expect(
      vpc.describeSessions(BJ.region, q).TrafficMirrorSessions.map((s) => s.TrafficMirrorSessionId),
    ).toEqual([BJ.sessions.web01]);
    expect(
      vpc.describeSessions(BJ.region, { ids: [], names: [], tagFilters: [], Priority: "2" })
        .TrafficMirrorSessions,
    ).toEqual([]);
  });

  it("lists ENIs with both paging styles and shows service-managed ones", () => {
    const { vpc } = setup();
    const base = { ids: [], names: [], tagFilters: [], PrimaryIpAddresses: [] };
    const page = vpc.describeNetworkInterfaces(BJ.region, { ...base, PageNumber: "2", PageSize: "4" });
    expect(page).toMatchObject({ TotalCount: 10, PageNumber: 2, PageSize: 4 });
    expect(page.NetworkInterfaceSets).toHaveLength(4);
    const managed = vpc.describeNetworkInterfaces(SH.region, { ...base, ids: [SH.enis.natManaged] });
    expect(managed.NetworkInterfaceSets[0]).toMatchObject({
      ServiceManaged: true,
      PrivateIpSets: { PrivateIpSet: [{ Primary: true }] },
    });
  });

  it("lists filters with their rules split by direction, and targets by type", () => {
    const { vpc } = setup();
    const filters = vpc.describeFilters(BJ.region, {
      ids: [BJ.filters.webAll],
      names: [],
      tagFilters: [],
    }).TrafficMirrorFilters;
    expect(filters[0]?.IngressFilterRules).toHaveLength(1);
    expect(filters[0]?.EgressFilterRules).toHaveLength(1);
    const targets = vpc.describeTargets(BJ.region, {
      ids: [],
      names: [],
      tagFilters: [],
      MaxResults: "100",
    }).TrafficMirrorTargets;
    expect(new Set(targets.map((t) => t.InstanceType))).toEqual(new Set(["NetworkInterface", "ClbInstance"]));
    expect(targets.some((t) => t.Status !== "Available")).toBe(true);
  });

  it("tells the store when a read completed a transition", () => {
    const { vpc, clock, changes } = setup();
    const { TrafficMirrorSessionId: id } = vpc.createSession(valid());
    const before = changes();
    clock.advance(3000);
    statusOf(vpc, id);
    expect(changes()).toBe(before + 1);
  });
});
