import { describe, expect, it } from "vitest";
import type { RawConfiguration } from "./destination-rules";
import { GA } from "./ga-ids";
import { setup, R, cfg, create, errorOf, groupState, acceleratorState } from "./ga-model.fixture";

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
