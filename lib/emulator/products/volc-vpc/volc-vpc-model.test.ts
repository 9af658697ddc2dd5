import { describe, expect, it } from "vitest";
import { ACCOUNT, QUOTA } from "./mirror-session-checks";
import { BJ, SH } from "./volc-vpc-ids";
import { codeOf, setup, statusOf, valid } from "./volc-vpc-model.fixture";

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
