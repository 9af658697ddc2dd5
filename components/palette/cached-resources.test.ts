import { describe, expect, it } from "vitest";
import { resourcesInCache } from "./cached-resources";

const query = (queryKey: unknown[], data: unknown, dataUpdatedAt = 1) => ({
  queryKey,
  state: { data, dataUpdatedAt },
});

describe("resourcesInCache", () => {
  it("finds sessions in an all-pages read, with the region of the query", () => {
    const found = resourcesInCache([
      query(
        [
          "cloud",
          "volcengine",
          "cn-beijing",
          "vpc",
          "volcengine.vpc.DescribeTrafficMirrorSessions",
          {},
          "all",
        ],
        {
          items: [
            {
              TrafficMirrorSessionId: "tms-1",
              TrafficMirrorSessionName: "web",
              TrafficMirrorSourceIds: ["eni-1"],
              Status: "Active",
            },
          ],
          truncated: false,
        },
      ),
    ]);
    expect(found).toEqual([
      {
        ref: { kind: "mirror-session", region: "cn-beijing", id: "tms-1" },
        id: "tms-1",
        name: "web",
        status: "Active",
      },
    ]);
  });

  it("finds router interfaces in a page and multicast sources (not members) in an infinite list", () => {
    const found = resourcesInCache([
      query(["cloud", "aliyun", "cn-hangzhou", "vpc", "aliyun.vpc.DescribeRouterInterfaces", {}], {
        RouterInterfaceSet: {
          RouterInterfaceType: [{ RouterInterfaceId: "ri-1", Role: "InitiatingSide", Status: "Idle" }],
        },
      }),
      query(["cloud", "aliyun", "cn-shanghai", "cbn", "aliyun.cbn.ListTransitRouterMulticastGroups", {}], {
        pages: [
          {
            TransitRouterMulticastGroups: [
              {
                TransitRouterMulticastDomainId: "tr-mcast-1",
                GroupIpAddress: "239.0.0.1",
                NetworkInterfaceId: "eni-s",
                GroupSource: true,
                Status: "Registered",
              },
              {
                TransitRouterMulticastDomainId: "tr-mcast-1",
                GroupIpAddress: "239.0.0.1",
                NetworkInterfaceId: "eni-m",
                GroupSource: false,
              },
            ],
          },
        ],
      }),
    ]);
    expect(found.map((f) => f.ref)).toEqual([
      { kind: "router-interface", region: "cn-hangzhou", id: "ri-1" },
      {
        kind: "multicast-source",
        region: "cn-shanghai",
        domainId: "tr-mcast-1",
        groupIp: "239.0.0.1",
        networkInterfaceId: "eni-s",
      },
    ]);
  });

  it("ignores console queries and lists of things without a page, and keeps the newest read of a resource", () => {
    const found = resourcesInCache([
      query(["audit", {}], { events: [{ TrafficMirrorSessionId: "tms-x", TrafficMirrorSourceIds: [] }] }),
      query(["cloud", "volcengine", "cn-beijing", "vpc", "volcengine.vpc.DescribeNetworkInterfaces", {}], {
        NetworkInterfaceSets: [{ NetworkInterfaceId: "eni-1" }],
      }),
      query(
        ["cloud", "volcengine", "cn-beijing", "vpc", "a", {}],
        {
          TrafficMirrorSessions: [
            { TrafficMirrorSessionId: "tms-1", TrafficMirrorSourceIds: [], Status: "Active" },
          ],
        },
        5,
      ),
      query(
        ["cloud", "volcengine", "cn-beijing", "vpc", "b", {}],
        {
          TrafficMirrorSessions: [
            { TrafficMirrorSessionId: "tms-1", TrafficMirrorSourceIds: [], Status: "Creating" },
          ],
        },
        2,
      ),
    ]);
    expect(found.map((f) => [f.id, f.status])).toEqual([["tms-1", "Active"]]);
  });
});
