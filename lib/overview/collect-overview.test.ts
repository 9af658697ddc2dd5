import { afterEach, describe, expect, it } from "vitest";
import { CloudError } from "@/lib/cloud/cloud-error";
import { collectOverview, OVERVIEW_CONCURRENCY } from "./collect-overview";
import type { OverviewCall } from "./overview-reads";
import type { KindSummary } from "./overview-types";

/** A stand-in cloud answering the overview's reads by action, counting how many are in flight at once. */
function fakeCloud(answers: Record<string, (input: Record<string, unknown>) => unknown>) {
  const stats = { calls: 0, running: 0, peak: 0 };
  const call: OverviewCall = async (op, input) => {
    stats.calls++;
    stats.running++;
    stats.peak = Math.max(stats.peak, stats.running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    stats.running--;
    const answer = answers[op.action];
    if (!answer) throw new Error(`unexpected ${op.action}`);
    return answer(input) as never;
  };
  return { call, stats };
}

const EMPTY = {
  ListTransitRouterMulticastDomains: () => ({
    TotalCount: 0,
    MaxResults: 100,
    TransitRouterMulticastDomains: [],
  }),
  DescribeRouterInterfaces: () => ({ TotalCount: 0, RouterInterfaceSet: { RouterInterfaceType: [] } }),
  DescribeTrafficMirrorSessions: () => ({ TrafficMirrorSessions: [] }),
  ListAccelerators: () => ({ TotalCount: 0, Accelerators: [] }),
  ListDomainDetail: () => ({ DomainList: [], Total: 0 }),
};

const DOMAINS = 12;
const domains = Array.from({ length: DOMAINS }, (_, i) => ({
  TransitRouterMulticastDomainId: `tr-mcast-domain-${i}`,
}));
const group = (domain: unknown, status: string) => ({
  GroupIpAddress: "239.1.1.1",
  NetworkInterfaceId: `eni-${String(domain)}`,
  Status: status,
});

const kind = (kinds: KindSummary[], name: KindSummary["kind"]) => kinds.find((k) => k.kind === name)!;

describe("collectOverview", () => {
  it("fans out per parent with at most OVERVIEW_CONCURRENCY cloud calls at once", async () => {
    const { call, stats } = fakeCloud({
      ...EMPTY,
      ListTransitRouterMulticastDomains: () => ({
        TotalCount: DOMAINS,
        TransitRouterMulticastDomains: domains,
      }),
      ListTransitRouterMulticastGroups: (input) => ({
        TransitRouterMulticastGroups: [group(input.TransitRouterMulticastDomainId, "Registering")],
      }),
    });
    const { kinds } = await collectOverview({ call });
    // 2 regions × (1 domain list + 12 group lists) + 2 + 2 + 1 + 1 first-level reads.
    expect(stats.calls).toBe(2 * (1 + DOMAINS) + 6);
    expect(stats.peak).toBe(OVERVIEW_CONCURRENCY);
    const sources = kind(kinds, "multicastSources");
    expect(sources.counts).toEqual({ Registering: 2 * DOMAINS });
    expect(sources.inFlight).toHaveLength(2 * DOMAINS);
    expect(kinds.every((k) => k.truncated === false)).toBe(true);
  });

  it("reads only the kinds asked for: one kind costs its own lists, not every cloud's", async () => {
    const { call, stats } = fakeCloud(EMPTY);
    const { kinds } = await collectOverview({ call, kinds: ["mirrorSessions"] });
    expect(kinds.map((k) => k.kind)).toEqual(["mirrorSessions"]);
    // Both Volcengine regions' session lists, nothing else (all kinds cost 2 + 2 + 2 + 1 + 1).
    expect(stats.calls).toBe(2);
    const all = await collectOverview({ call });
    expect(all.kinds.map((k) => k.kind)).toEqual([
      "multicastSources",
      "routerInterfaces",
      "mirrorSessions",
      "gaDestinations",
      "relaySources",
    ]);
  });

  it("says when a kind had more than the page it read", async () => {
    const { call } = fakeCloud({
      ...EMPTY,
      // More domains behind a NextToken, and more router interfaces than the page.
      ListTransitRouterMulticastDomains: () => ({
        TotalCount: 300,
        NextToken: "next",
        TransitRouterMulticastDomains: domains.slice(0, 1),
      }),
      ListTransitRouterMulticastGroups: () => ({ TransitRouterMulticastGroups: [] }),
      DescribeRouterInterfaces: () => ({
        TotalCount: 51,
        RouterInterfaceSet: { RouterInterfaceType: [{ RouterInterfaceId: "ri-1", Status: "Active" }] },
      }),
      // A NextToken that is empty marks the last page.
      DescribeTrafficMirrorSessions: () => ({ NextToken: "", TrafficMirrorSessions: [] }),
      ListAccelerators: () => ({ TotalCount: 1, Accelerators: [{ AcceleratorId: "ga-1" }] }),
      ListCustomRoutingEndpointGroups: () => ({
        TotalCount: 2,
        EndpointGroups: [{ EndpointGroupId: "epg-1", State: "active" }],
      }),
      ListDomainDetail: () => ({ DomainList: [{ Vhost: "v" }], Total: 1 }),
      DescribeRelaySourceV3: () => ({ RelaySourceConfigList: [{ Vhost: "v", App: "a" }] }),
    });
    const { kinds } = await collectOverview({ call });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.truncated]))).toEqual({
      multicastSources: true,
      routerInterfaces: true,
      mirrorSessions: false,
      gaDestinations: true,
      relaySources: false,
    });
    // Counts stay what was read: the UI says "at least" for a truncated kind.
    expect(kind(kinds, "routerInterfaces").counts).toEqual({ Active: 2 });
    expect(kind(kinds, "relaySources").counts).toEqual({ Saved: 1 });
  });
});

describe("collectOverview on a misconfigured console", () => {
  const names = ["CLOUD_MODE", "ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"];
  names.push(
    "ALIBABA_CLOUD_ENDPOINT",
    "VOLCENGINE_ENDPOINT",
    "VOLCENGINE_ACCESS_KEY",
    "VOLCENGINE_SECRET_KEY",
  );
  const saved = new Map(names.map((name) => [name, process.env[name]]));
  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("cloud mode without keys: every kind says MissingCredentials instead of the page failing", async () => {
    for (const name of names) delete process.env[name];
    process.env.CLOUD_MODE = "cloud";
    const { kinds } = await collectOverview();
    for (const summary of kinds) {
      expect(summary.counts).toEqual({});
      expect(summary.unreadable.length).toBeGreaterThan(0);
      for (const entry of summary.unreadable)
        expect(entry).toMatchObject({ code: "MissingCredentials", requestId: "" });
    }
  });

  it("names who started an item in transition, from the console's open operations", async () => {
    const { call } = fakeCloud({
      ...EMPTY,
      DescribeTrafficMirrorSessions: () => ({
        TrafficMirrorSessions: [
          { TrafficMirrorSessionId: "tms-moving", Status: "Creating" },
          { TrafficMirrorSessionId: "tms-done", Status: "Active" },
        ],
      }),
    });
    const open = [
      {
        kind: "mirrorSessions" as const,
        id: "tms-moving",
        status: "",
        region: "cn-beijing",
        startedBy: "ada@example.com",
        operationId: "op-1",
        since: 1,
      },
      // Settled in the cloud, not yet in the history: the cloud's list wins, nothing is shown in progress.
      {
        kind: "mirrorSessions" as const,
        id: "tms-done",
        status: "Creating",
        region: "cn-beijing",
        startedBy: "bob@example.com",
        operationId: "op-2",
        since: 2,
      },
    ];
    const { kinds } = await collectOverview({ call, openOperations: async () => open });
    // Read in both Volcengine regions: the moving session is listed (and annotated) once per region read.
    const inFlight = kind(kinds, "mirrorSessions").inFlight;
    expect(inFlight.length).toBeGreaterThan(0);
    for (const item of inFlight)
      expect(item).toMatchObject({
        id: "tms-moving",
        status: "Creating",
        startedBy: "ada@example.com",
        operationId: "op-1",
      });
  });

  it("keeps an open operation's resource in progress where the cloud could not be read", async () => {
    const { call } = fakeCloud({
      ...EMPTY,
      DescribeRouterInterfaces: () => {
        throw new CloudError({
          cloud: "aliyun",
          httpStatus: 503,
          code: "ServiceUnavailable",
          message: "The request has failed due to a temporary failure of the server.",
          requestId: "REQ-503",
        });
      },
    });
    const open = [
      {
        kind: "routerInterfaces" as const,
        id: "ri-1",
        status: "Connecting",
        region: "cn-hangzhou",
        startedBy: "ada@example.com",
        operationId: "op-3",
        since: 3,
      },
    ];
    const { kinds } = await collectOverview({ call, openOperations: async () => open });
    const interfaces = kind(kinds, "routerInterfaces");
    expect(interfaces.unreadable.map((u) => u.code)).toContain("ServiceUnavailable");
    // The console's own record still says an operator is connecting it, and who.
    expect(interfaces.inFlight).toEqual([
      {
        id: "ri-1",
        status: "Connecting",
        region: "cn-hangzhou",
        startedBy: "ada@example.com",
        operationId: "op-3",
        since: 3,
      },
    ]);
  });
});
