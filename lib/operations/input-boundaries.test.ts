import { describe, expect, it } from "vitest";
import { registerTransitRouterMulticastGroupSources as register } from "./cbn/register-transit-router-multicast-group-sources";
import { createCustomRoutingEndpointGroupDestinations as createDestinations } from "./ga/create-custom-routing-endpoint-group-destinations";
import { updateRelaySourceV3 as updateRelay } from "./live/update-relay-source-v3";
import { createTrafficMirrorSession as createSession } from "./volc-vpc/create-traffic-mirror-session";
import type { z } from "zod";

/** The first issue's path and message key, or "ok" when the input passes. */
function verdict(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) return "ok";
  const issue = result.error.issues[0]!;
  return `${issue.path.join(".")}: ${issue.message}`;
}

describe("RegisterTransitRouterMulticastGroupSources input", () => {
  const base = { TransitRouterMulticastDomainId: "tr-mcast-domain-abc", GroupIpAddress: "239.1.1.1" };
  const enis = (n: number) => Array.from({ length: n }, (_, i) => `eni-${i}`);

  it.each([
    [0, "NetworkInterfaceIds: validation.enis.min"],
    [1, "ok"],
    [5, "ok"],
    [6, "NetworkInterfaceIds: validation.enis.max"],
  ])("%i ENIs → %s", (n, expected) => {
    expect(verdict(register.input, { ...base, NetworkInterfaceIds: enis(n) })).toBe(expected);
  });

  it("refuses the same ENI twice and ids of the wrong kind", () => {
    expect(verdict(register.input, { ...base, NetworkInterfaceIds: ["eni-1", "eni-1"] })).toBe(
      "NetworkInterfaceIds: validation.enis.unique",
    );
    expect(verdict(register.input, { ...base, NetworkInterfaceIds: ["vsw-1"] })).toBe(
      "NetworkInterfaceIds.0: validation.idPrefix.eni-",
    );
  });

  it("refuses a reserved group IP with its own message", () => {
    expect(
      verdict(register.input, { ...base, GroupIpAddress: "224.0.0.255", NetworkInterfaceIds: ["eni-1"] }),
    ).toBe("GroupIpAddress: validation.groupIp.reserved");
  });
});

describe("CreateTrafficMirrorSession input", () => {
  const base = {
    NetworkInterfaceId: "eni-1",
    TrafficMirrorTargetId: "tmt-1",
    TrafficMirrorFilterId: "tmf-1",
    Priority: 10,
  };

  it.each([
    [0, "Priority: validation.priority"],
    [1, "ok"],
    [32766, "ok"],
    [32767, "Priority: validation.priority"],
    [1.5, "Priority: validation.priority"],
  ])("priority %d → %s", (Priority, expected) => {
    expect(verdict(createSession.input, { ...base, Priority })).toBe(expected);
  });

  it.each([
    [0, "VirtualNetworkId: validation.vni"],
    [1, "ok"],
    [16777215, "ok"],
    [16777216, "VirtualNetworkId: validation.vni"],
  ])("VNI %d → %s", (VirtualNetworkId, expected) => {
    expect(verdict(createSession.input, { ...base, VirtualNetworkId })).toBe(expected);
  });

  it.each([
    [63, "PacketLength: validation.packetLength"],
    [64, "ok"],
    [9600, "ok"],
    [9601, "PacketLength: validation.packetLength"],
  ])("packet length %d → %s", (PacketLength, expected) => {
    expect(verdict(createSession.input, { ...base, PacketLength })).toBe(expected);
  });

  it("refuses names and descriptions the cloud calls malformed", () => {
    expect(verdict(createSession.input, { ...base, TrafficMirrorSessionName: "镜像-1.a_b" })).toBe("ok");
    expect(verdict(createSession.input, { ...base, TrafficMirrorSessionName: "-lead" })).toBe(
      "TrafficMirrorSessionName: validation.nameChars",
    );
    expect(verdict(createSession.input, { ...base, TrafficMirrorSessionName: "has space" })).toBe(
      "TrafficMirrorSessionName: validation.nameChars",
    );
    expect(verdict(createSession.input, { ...base, Description: "Mirror of web, tier=1。" })).toBe("ok");
    expect(verdict(createSession.input, { ...base, Description: "semi;colon" })).toBe(
      "Description: validation.descriptionChars",
    );
  });

  it("checks name, description and tags", () => {
    expect(verdict(createSession.input, { ...base, TrafficMirrorSessionName: "n".repeat(129) })).toBe(
      "TrafficMirrorSessionName: validation.name128",
    );
    expect(verdict(createSession.input, { ...base, Description: "d".repeat(256) })).toBe(
      "Description: validation.description255",
    );
    expect(verdict(createSession.input, { ...base, Tags: [{ Key: "a" }, { Key: "a", Value: "x" }] })).toBe(
      "Tags.1.Key: validation.tags.duplicate",
    );
    expect(verdict(createSession.input, { ...base, Tags: [{ Key: "", Value: "x" }] })).toBe(
      "Tags.0.Key: validation.tags.keyRequired",
    );
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}` }));
    expect(verdict(createSession.input, { ...base, Tags: tags(20) })).toBe("ok");
    expect(verdict(createSession.input, { ...base, Tags: tags(21) })).toBe("Tags: validation.tags.max");
  });
});

describe("CreateCustomRoutingEndpointGroupDestinations input", () => {
  const row = (FromPort: number, ToPort: number, Protocols = ["TCP"]) => ({ Protocols, FromPort, ToPort });
  const input = (rows: unknown[]) => ({ EndpointGroupId: "epg-1", DestinationConfigurations: rows });

  it.each([
    [row(0, 10), "DestinationConfigurations.0.FromPort: validation.port"],
    [row(1, 1), "ok"],
    [row(1, 65499), "ok"],
    [row(1, 65500), "DestinationConfigurations.0.ToPort: validation.port"],
    [row(20, 10), "DestinationConfigurations.0.ToPort: validation.portOrder"],
    [row(1, 2, []), "DestinationConfigurations.0.Protocols: validation.protocols"],
    [row(1, 2, ["TCP", "UDP"]), "ok"],
    [row(1, 2, ["tcp"]), "DestinationConfigurations.0.Protocols.0: validation.protocols"],
  ])("row %j → %s", (r, expected) => {
    expect(verdict(createDestinations.input, input([r]))).toBe(expected);
  });

  it.each([
    [0, "DestinationConfigurations: validation.destinations.min"],
    [1, "ok"],
    [20, "ok"],
    [21, "DestinationConfigurations: validation.destinations.max"],
  ])("%i rows → %s", (n, expected) => {
    const rows = Array.from({ length: n }, (_, i) => row(i * 10 + 1, i * 10 + 5));
    expect(verdict(createDestinations.input, input(rows))).toBe(expected);
  });

  it("names every row of an overlapping pair", () => {
    const result = createDestinations.input.safeParse(input([row(1, 100), row(200, 300), row(50, 60)]));
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([
      "DestinationConfigurations.0.FromPort",
      "DestinationConfigurations.2.FromPort",
    ]);
    expect(verdict(createDestinations.input, input([row(1, 100, ["TCP"]), row(50, 60, ["UDP"])]))).toBe("ok");
  });
});

describe("UpdateRelaySourceV3 input", () => {
  const server = { RelaySourceProtocol: "rtmp", RelaySourceDomain: "origin.example.com:1935" };
  const input = (App: string, servers: unknown[] = [server]) => ({
    Vhost: "push.example.com",
    App,
    GroupDetails: [{ Group: "relay1", Servers: servers }],
  });

  it.each([
    ["", "App: validation.app"],
    ["a", "ok"],
    ["a".repeat(30), "ok"],
    ["a".repeat(31), "App: validation.app"],
    ["my app", "App: validation.app"],
    ["live_1.a-b", "ok"],
  ])("App %j → %s", (App, expected) => {
    expect(verdict(updateRelay.input, input(App))).toBe(expected);
  });

  it.each([
    [0, "GroupDetails.0.Servers: validation.servers.min"],
    [1, "ok"],
    [10, "ok"],
    [11, "GroupDetails.0.Servers: validation.servers.max"],
  ])("%i servers → %s", (n, expected) => {
    expect(
      verdict(
        updateRelay.input,
        input(
          "live",
          Array.from({ length: n }, () => server),
        ),
      ),
    ).toBe(expected);
  });

  it("accepts only lowercase rtmp or flv and sane origins", () => {
    expect(verdict(updateRelay.input, input("live", [{ ...server, RelaySourceProtocol: "RTMP" }]))).toBe(
      "GroupDetails.0.Servers.0.RelaySourceProtocol: validation.relayProtocol",
    );
    expect(verdict(updateRelay.input, input("live", [{ ...server, RelaySourceProtocol: "flv" }]))).toBe("ok");
    expect(verdict(updateRelay.input, input("live", [{ ...server, RelaySourceDomain: "10.0.0.1" }]))).toBe(
      "ok",
    );
    expect(verdict(updateRelay.input, input("live", [{ ...server, RelaySourceDomain: "bad host" }]))).toBe(
      "GroupDetails.0.Servers.0.RelaySourceDomain: validation.relayDomain",
    );
    expect(verdict(updateRelay.input, input("live", [{ ...server, RelaySourceDomain: "a.com:70000" }]))).toBe(
      "GroupDetails.0.Servers.0.RelaySourceDomain: validation.relayDomain",
    );
    expect(
      verdict(updateRelay.input, input("live", [{ ...server, RelaySourceDomain: "10.0.0.256:1935" }])),
    ).toBe("GroupDetails.0.Servers.0.RelaySourceDomain: validation.relayDomain");
    expect(
      verdict(updateRelay.input, input("live", [{ ...server, RelaySourceDomain: "255.255.255.255:1935" }])),
    ).toBe("ok");
  });

  it("names an empty parameter key with its own message", () => {
    const params = (RelaySourceParams: Record<string, string>) =>
      input("live", [{ ...server, RelaySourceParams }]);
    expect(verdict(updateRelay.input, params({ domain: "live.push.net", empty: "" }))).toBe("ok");
    expect(verdict(updateRelay.input, params({ "": "x" }))).toBe(
      "GroupDetails.0.Servers.0.RelaySourceParams.: validation.relayParamKey",
    );
  });

  it("reports a duplicate group name even when another row is invalid too", () => {
    const result = updateRelay.input.safeParse({
      Vhost: "push.example.com",
      App: "live",
      GroupDetails: [
        { Group: "relay1", Servers: [server] },
        { Group: " relay1 ", Servers: [{ ...server, RelaySourceProtocol: "udp" }] },
      ],
    });
    const issues = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toEqual([
      "GroupDetails.1.Servers.0.RelaySourceProtocol: validation.relayProtocol",
      "GroupDetails.1.Group: validation.groups.duplicate",
    ]);
  });
});
