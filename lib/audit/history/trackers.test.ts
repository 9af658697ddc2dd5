import { describe, expect, it } from "vitest";
import { trackerByName, trackerOpening } from "./trackers";

describe("what status reads say about resources", () => {
  const sources = trackerByName("multicastSource")!;
  const list = sources.observes["aliyun.cbn.ListTransitRouterMulticastGroups"]!;
  const item = (eni: string, status: string, source = true) => ({
    TransitRouterMulticastDomainId: "d-1",
    GroupIpAddress: "239.1.1.1",
    NetworkInterfaceId: eni,
    Status: status,
    GroupSource: source,
    GroupMember: !source,
  });

  it("reads each source's status from the groups list, members left out", () => {
    const seen = list(
      { TransitRouterMulticastDomainId: "d-1" },
      {
        TransitRouterMulticastGroups: [item("eni-1", "Registering"), item("eni-2", "Registered", false)],
      },
    );
    expect([...seen.statuses]).toEqual([["d-1|239.1.1.1|eni-1", "Registering"]]);
  });

  it("takes a source's absence as gone only from a complete read that would have listed it", () => {
    const complete = list(
      { TransitRouterMulticastDomainId: "d-1", GroupIpAddress: "239.1.1.1" },
      {
        TransitRouterMulticastGroups: [],
      },
    );
    expect(complete.covers("d-1|239.1.1.1|eni-9")).toBe(true);
    expect(complete.covers("d-1|239.2.2.2|eni-9")).toBe(false);
    expect(complete.covers("d-2|239.1.1.1|eni-9")).toBe(false);
    const paged = list(
      { TransitRouterMulticastDomainId: "d-1" },
      { TransitRouterMulticastGroups: [], NextToken: "n" },
    );
    expect(paged.covers("d-1|239.1.1.1|eni-9")).toBe(false);
    const membersOnly = list(
      { TransitRouterMulticastDomainId: "d-1", IsGroupMember: true },
      { TransitRouterMulticastGroups: [] },
    );
    expect(membersOnly.covers("d-1|239.1.1.1|eni-9")).toBe(false);
  });

  it("opens one operation per accepted mutation of a followed kind, none for synchronous ones", () => {
    expect(trackerOpening("aliyun.cbn.RegisterTransitRouterMulticastGroupSources")?.name).toBe(
      "multicastSource",
    );
    expect(trackerOpening("volcengine.vpc.CreateTrafficMirrorSession")?.name).toBe("mirrorSession");
    expect(trackerOpening("aliyun.ga.DeleteCustomRoutingEndpointGroupDestinations")?.name).toBe(
      "gaEndpointGroup",
    );
    expect(trackerOpening("volcengine.live.UpdateRelaySourceV3")).toBeUndefined();
    expect(trackerOpening("aliyun.vpc.ModifyRouterInterfaceAttribute")).toBeUndefined();
    const plan = trackerByName("mirrorSession")!.opens["volcengine.vpc.CreateTrafficMirrorSession"]!(
      {},
      { TrafficMirrorSessionId: "tms-9" },
      "cn-beijing",
    );
    expect(plan).toEqual({
      resources: ["tms-9"],
      expected: "Active",
      read: {
        operationId: "volcengine.vpc.DescribeTrafficMirrorSessions",
        region: "cn-beijing",
        input: { TrafficMirrorSessionIds: ["tms-9"] },
      },
    });
  });
});
