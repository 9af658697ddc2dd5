import { describe, expect, it } from "vitest";
import { GA } from "./ga-ids";
import { setup, R, cfg, create, errorOf } from "./ga-model.fixture";

describe("lists and paging", () => {
  it("lists both listener types of the instance", () => {
    const { ga } = setup();
    const { Listeners, TotalCount } = ga.listListeners({ ...R, AcceleratorId: GA.accelerator });
    expect(TotalCount).toBe(2);
    expect(Listeners.map((l) => l.Type).sort()).toEqual(["CustomRouting", "Standard"]);
  });

  it("pages with PageNumber/PageSize (max 50) and TotalCount", () => {
    const { ga } = setup();
    expect(ga.listAccelerators({ ...R, PageSize: "1", PageNumber: "2" })).toMatchObject({
      PageNumber: 2,
      PageSize: 1,
      TotalCount: 2,
    });
    expect(errorOf(() => ga.listAccelerators({ ...R, PageSize: "51" }))).toContain("InvalidParameter");
    expect(errorOf(() => ga.listListeners({ ...R, AcceleratorId: "ga-bp1nothere0000000000" }))).toContain(
      "NotExist.Accelerator",
    );
  });

  it("filters destinations by group, port overlap and protocol, without State", () => {
    const { ga } = setup({ mode: "immediate" });
    create(ga, GA.groups.shanghai, [cfg(5000, 5010, ["UDP"])]);
    const all = ga.listDestinations({ ...R, AcceleratorId: GA.accelerator, Protocols: [] });
    expect(all.TotalCount).toBe(2);
    expect(all.Destinations[0]).not.toHaveProperty("State");
    expect(ga.listDestinations({ ...R, AcceleratorId: GA.accelerator, Protocols: ["UDP"] }).TotalCount).toBe(
      1,
    );
    expect(
      ga.listDestinations({
        ...R,
        AcceleratorId: GA.accelerator,
        Protocols: [],
        FromPort: "81",
        ToPort: "100",
      }).TotalCount,
    ).toBe(1);
    expect(
      ga.listDestinations({
        ...R,
        AcceleratorId: GA.accelerator,
        Protocols: [],
        EndpointGroupId: GA.groups.hangzhou,
      }).TotalCount,
    ).toBe(1);
    expect(
      errorOf(() =>
        ga.listDestinations({ ...R, AcceleratorId: GA.accelerator, Protocols: [], FromPort: "0" }),
      ),
    ).toContain("InvalidParameter.PortRange");
  });

  it("lists endpoint groups with their GA addresses", () => {
    const { ga } = setup();
    const { EndpointGroups } = ga.listEndpointGroups({
      ...R,
      AcceleratorId: GA.accelerator,
      ListenerId: GA.listeners.custom,
    });
    expect(EndpointGroups.map((g) => g.EndpointGroupId)).toEqual([GA.groups.hangzhou, GA.groups.shanghai]);
    expect(EndpointGroups[0]?.EndpointGroupIpList).toHaveLength(2);
  });
});

describe("ListCustomRoutingPortMappings", () => {
  it("derives listener port × address × backend port rows for the seeded destination", () => {
    const { ga } = setup();
    const first = ga.listPortMappings({
      ...R,
      AcceleratorId: GA.accelerator,
      EndpointGroupIds: [],
      PageSize: "3",
    });
    expect(first.TotalCount).toBe(24); // 12 usable addresses of a /28 × ports 80–81
    expect(
      first.PortMappings.map((m) => [
        m.AcceleratorPort,
        m.DestinationSocketAddress.IpAddress,
        m.DestinationSocketAddress.Port,
      ]),
    ).toEqual([
      [10000, "192.168.10.1", 80],
      [10001, "192.168.10.1", 81],
      [10002, "192.168.10.2", 80],
    ]);
    expect(first.PortMappings[0]).toMatchObject({
      Vswitch: GA.vswitches.hangzhou,
      Protocols: ["TCP"],
      DestinationTrafficState: "allow",
    });
    const last = ga.listPortMappings({
      ...R,
      AcceleratorId: GA.accelerator,
      EndpointGroupIds: [],
      PageSize: "10",
      PageNumber: "3",
    });
    expect(last.PortMappings).toHaveLength(4);
    expect(last.PortMappings.at(-1)).toMatchObject({
      AcceleratorPort: 10023,
      DestinationSocketAddress: { IpAddress: "192.168.10.12", Port: 81 },
    });
  });

  it("adds rows only once the new destinations are active, and applies the AllowCustom policy", () => {
    const { ga, clock } = setup();
    create(ga, GA.groups.shanghai, [cfg(9000, 9000, ["TCP", "UDP"])]);
    const only = (page: string) =>
      ga.listPortMappings({
        ...R,
        AcceleratorId: GA.accelerator,
        EndpointGroupIds: [GA.groups.shanghai],
        PageSize: "50",
        PageNumber: page,
      });
    expect(only("1").TotalCount).toBe(0);
    clock.advance(3000);
    const rows = only("1");
    expect(rows.TotalCount).toBe(12);
    expect(rows.PortMappings[0]).toMatchObject({
      AcceleratorPort: 10024,
      Protocols: ["TCP", "UDP"],
      DestinationTrafficState: "allow",
    });
    expect(rows.PortMappings[2]).toMatchObject({
      DestinationSocketAddress: { IpAddress: "10.20.30.3" },
      DestinationTrafficState: "deny",
    });
  });

  it("stops mapping when the listener's ports run out", () => {
    const { ga } = setup({ mode: "immediate" });
    ga.state.listeners[GA.listeners.custom]!.PortRanges = [{ FromPort: 10000, ToPort: 10009 }];
    expect(
      ga.listPortMappings({ ...R, AcceleratorId: GA.accelerator, EndpointGroupIds: [] }).TotalCount,
    ).toBe(10);
  });
});
