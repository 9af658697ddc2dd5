import { describe, expect, it } from "vitest";
import { AccountSettings } from "../../core/account";
import { ManualClock } from "../../core/clock";
import type { ModelContext } from "../../core/product";
import { resourceId } from "../../core/resource-ids";
import { TransitionEngine, type TransitionMode } from "../../core/transitions";
import { VendorError } from "../../core/vendor-error";
import type { RawConfiguration } from "./destination-rules";
import { GA } from "./ga-ids";
import { GaBackend } from "./ga-model";
import { seedGa } from "./ga-seed";

function setup(mode: TransitionMode = { mode: "timed", ms: 3000 }) {
  const clock = new ManualClock();
  const transitions = new TransitionEngine(clock, mode);
  const ctx: ModelContext = {
    clock,
    transitions,
    account: new AccountSettings({}),
    changed: () => undefined,
    backend: () => {
      throw new Error("ga looks up no other product");
    },
    newId: resourceId,
  };
  return { clock, transitions, ga: new GaBackend(seedGa(ctx), ctx) };
}

const R = { RegionId: "cn-hangzhou" };
const cfg = (from: number, to: number, protocols = ["TCP"]): RawConfiguration => ({
  Protocols: protocols,
  FromPort: String(from),
  ToPort: String(to),
});
const create = (ga: GaBackend, group: string, configurations: RawConfiguration[], DryRun = false) =>
  ga.createDestinations({ ...R, EndpointGroupId: group, configurations, DryRun });

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof VendorError) return `${error.httpStatus} ${error.code}: ${error.message}`;
    throw error;
  }
  return "no error";
}

const groupState = (ga: GaBackend, id: string) =>
  ga.describeEndpointGroup({ ...R, EndpointGroupId: id }).State;
const acceleratorState = (ga: GaBackend) =>
  ga.listAccelerators({ ...R, AcceleratorId: GA.accelerator }).Accelerators[0]?.State;

describe("CreateCustomRoutingEndpointGroupDestinations", () => {
  it("returns one id per configuration and moves group and instance through updating/configuring to active", () => {
    const { ga, clock } = setup();
    const { DestinationIds } = create(ga, GA.groups.shanghai, [cfg(8000, 8001), cfg(9000, 9000, ["UDP"])]);
    expect(DestinationIds).toHaveLength(2);
    expect(DestinationIds[0]).toMatch(/^dst-[a-z0-9]{20}$/);
    expect(groupState(ga, GA.groups.shanghai)).toBe("updating");
    expect(acceleratorState(ga)).toBe("configuring");
    expect(ga.describeDestination({ ...R, DestinationId: DestinationIds[0] }).State).toBe("init");
    clock.advance(3000);
    expect(groupState(ga, GA.groups.shanghai)).toBe("active");
    expect(acceleratorState(ga)).toBe("active");
    expect(ga.describeDestination({ ...R, DestinationId: DestinationIds[1] })).toMatchObject({
      State: "active",
      Protocols: ["UDP"],
      FromPort: 9000,
      ListenerId: GA.listeners.custom,
    });
  });

  it("refuses a second change on the same group while it is updating (StateError.EndPointGroup)", () => {
    const { ga } = setup();
    create(ga, GA.groups.shanghai, [cfg(8000, 8000)]);
    expect(errorOf(() => create(ga, GA.groups.shanghai, [cfg(8100, 8100)]))).toBe(
      "400 StateError.EndPointGroup: endpoint group state updating is illegal",
    );
  });

  it("refuses a change on another group of the same instance while it is configuring (StateError.Accelerator)", () => {
    const { ga } = setup();
    create(ga, GA.groups.shanghai, [cfg(8000, 8000)]);
    expect(errorOf(() => create(ga, GA.groups.hangzhou, [cfg(8000, 8000)]))).toBe(
      "400 StateError.Accelerator: accelerator state configuring is illegal",
    );
  });

  it("refuses a group whose listener is still updating (NotActive.Listener), until the listener settles", () => {
    const { ga, transitions } = setup({ mode: "manual", reads: 100 });
    expect(errorOf(() => create(ga, GA.staging.group, [cfg(80, 80)]))).toMatch(/^400 NotActive\.Listener/);
    transitions.configure({ mode: "immediate", kind: "ga-listener" });
    expect(create(ga, GA.staging.group, [cfg(80, 80)]).DestinationIds).toHaveLength(1);
  });

  it("knows only custom-routing groups (NotExist.EndPointGroup)", () => {
    const { ga } = setup();
    expect(errorOf(() => create(ga, "epg-bp1nothere0000000000", [cfg(80, 80)]))).toBe(
      "400 NotExist.EndPointGroup: endpoint group epg-bp1nothere0000000000 is not exist",
    );
  });

  const invalid: Array<[string, RawConfiguration[], string]> = [
    [
      "21 configurations",
      Array.from({ length: 21 }, (_, i) => cfg(1000 + i, 1000 + i)),
      "InvalidParameter.DestinationConfigurations",
    ],
    ["port 0", [cfg(0, 10)], "InvalidParameter.PortRange"],
    ["port 65500", [cfg(65490, 65500)], "InvalidParameter.PortRange"],
    ["FromPort > ToPort", [cfg(90, 80)], "InvalidParameter.PortRange"],
    ["protocol HTTP", [cfg(80, 80, ["HTTP"])], "InvalidParameter.Protocols"],
    ["no protocol", [cfg(80, 80, [])], "MissingParameter"],
    ["no configuration", [], "MissingParameter"],
    ["overlap with the seeded TCP 80–81", [cfg(81, 90)], "Conflict.PortRange"],
    ["overlap inside the request", [cfg(7000, 7010), cfg(7010, 7020, ["TCP", "UDP"])], "Conflict.PortRange"],
  ];
  it.each(invalid)("%s → %s", (_name, configurations, code) => {
    const { ga } = setup();
    expect(errorOf(() => create(ga, GA.groups.hangzhou, configurations))).toContain(` ${code}: `);
  });

  it("accepts the edges: 20 configurations, ports 1 and 65499, the same ports for another protocol", () => {
    const { ga } = setup();
    const twenty = Array.from({ length: 18 }, (_, i) => cfg(2000 + i, 2000 + i));
    const ids = create(ga, GA.groups.hangzhou, [...twenty, cfg(1, 1), cfg(65499, 65499)]).DestinationIds;
    expect(ids).toHaveLength(20);
    const { ga: other } = setup();
    expect(create(other, GA.groups.hangzhou, [cfg(80, 81, ["UDP"])]).DestinationIds).toHaveLength(1);
    const { ga: combined } = setup();
    const [id] = create(combined, GA.groups.shanghai, [cfg(5000, 5000, ["TCP,UDP"])]).DestinationIds;
    expect(combined.describeDestination({ ...R, DestinationId: id }).Protocols).toEqual(["TCP", "UDP"]);
  });

  it("validates everything on DryRun, then answers DryRunOperation without changing anything", () => {
    const { ga } = setup();
    expect(errorOf(() => create(ga, GA.groups.shanghai, [cfg(8000, 8000)], true))).toMatch(
      /^400 DryRunOperation/,
    );
    expect(groupState(ga, GA.groups.shanghai)).toBe("active");
    expect(errorOf(() => create(ga, GA.groups.hangzhou, [cfg(80, 80)], true))).toContain(
      "Conflict.PortRange",
    );
  });

  it("needs RegionId and EndpointGroupId", () => {
    const { ga } = setup();
    expect(
      errorOf(() =>
        ga.createDestinations({ EndpointGroupId: GA.groups.hangzhou, configurations: [cfg(1, 1)] }),
      ),
    ).toContain("MissingParameter");
    expect(errorOf(() => ga.createDestinations({ ...R, configurations: [cfg(1, 1)] }))).toContain(
      '"EndpointGroupId"',
    );
  });
});

describe("DeleteCustomRoutingEndpointGroupDestinations", () => {
  it("deletes through deleting until gone, and the group goes updating meanwhile", () => {
    const { ga } = setup({ mode: "manual", reads: 2 });
    ga.deleteDestinations({ ...R, EndpointGroupId: GA.groups.hangzhou, DestinationIds: [GA.destination] });
    expect(groupState(ga, GA.groups.hangzhou)).toBe("updating"); // read 1
    expect(groupState(ga, GA.groups.hangzhou)).toBe("active"); // read 2 completes
    expect(errorOf(() => ga.describeDestination({ ...R, DestinationId: GA.destination }))).toBe(
      `400 NotExist.Destination: destination ${GA.destination} is not exist`,
    );
  });

  it("refuses unknown destinations and destinations of another group", () => {
    const { ga } = setup();
    expect(
      errorOf(() =>
        ga.deleteDestinations({
          ...R,
          EndpointGroupId: GA.groups.shanghai,
          DestinationIds: [GA.destination],
        }),
      ),
    ).toContain("NotExist.Destination");
    expect(
      errorOf(() => ga.deleteDestinations({ ...R, EndpointGroupId: GA.groups.hangzhou, DestinationIds: [] })),
    ).toContain("MissingParameter");
  });
});

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
