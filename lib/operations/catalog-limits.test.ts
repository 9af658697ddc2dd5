import { describe, expect, it } from "vitest";
import { registerTransitRouterMulticastGroupSources } from "./cbn/register-transit-router-multicast-group-sources";
import { MAX_SOURCE_ENIS } from "./cbn/register-transit-router-multicast-group-sources.meta";
import { createCustomRoutingEndpointGroupDestinations } from "./ga/create-custom-routing-endpoint-group-destinations";
import { deleteCustomRoutingEndpointGroupDestinations } from "./ga/delete-custom-routing-endpoint-group-destinations";
import { MAX_DELETE_DESTINATIONS } from "./ga/delete-custom-routing-endpoint-group-destinations.meta";
import { GA_PORT_RANGE, GA_PROTOCOLS, MAX_DESTINATIONS } from "./ga/ga-types";
import { listCustomRoutingEndpointGroupDestinations } from "./ga/list-custom-routing-endpoint-group-destinations";
import { RELAY_PROTOCOLS, updateRelaySourceV3 } from "./live/update-relay-source-v3";
import { createTrafficMirrorSession } from "./volc-vpc/create-traffic-mirror-session";
import { MAX_SESSION_TAGS, PRIORITY_RANGE } from "./volc-vpc/traffic-mirror-types";

/** The limits forms read from the catalog are the ones its schemas enforce: at the limit passes, beyond fails. */
const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe("catalog limits the forms read", () => {
  it("multicast sources: ENIs per call", () => {
    const input = (n: number) => ({
      TransitRouterMulticastDomainId: "tr-mcast-domain-1",
      GroupIpAddress: "239.1.1.1",
      NetworkInterfaceIds: Array.from({ length: n }, (_, i) => `eni-${i}`),
    });
    const schema = registerTransitRouterMulticastGroupSources.input;
    expect(accepts(schema, input(MAX_SOURCE_ENIS))).toBe(true);
    expect(accepts(schema, input(MAX_SOURCE_ENIS + 1))).toBe(false);
  });

  it("GA: destination rows per request, and the protocols in canonical order", () => {
    const input = (n: number, Protocols: string[] = ["TCP"]) => ({
      EndpointGroupId: "epg-1",
      DestinationConfigurations: Array.from({ length: n }, (_, i) => ({
        Protocols,
        FromPort: i + 1,
        ToPort: i + 1,
      })),
    });
    const schema = createCustomRoutingEndpointGroupDestinations.input;
    expect(accepts(schema, input(MAX_DESTINATIONS))).toBe(true);
    expect(accepts(schema, input(MAX_DESTINATIONS + 1))).toBe(false);
    expect(accepts(schema, input(1, [...GA_PROTOCOLS]))).toBe(true);
    expect(accepts(schema, input(1, ["ICMP"]))).toBe(false);
  });

  it("GA: destination ids per delete (the table's selection limit)", () => {
    const input = (n: number) => ({
      EndpointGroupId: "epg-1",
      DestinationIds: Array.from({ length: n }, (_, i) => `dst-${i}`),
    });
    const schema = deleteCustomRoutingEndpointGroupDestinations.input;
    expect(accepts(schema, input(MAX_DELETE_DESTINATIONS))).toBe(true);
    expect(accepts(schema, input(MAX_DELETE_DESTINATIONS + 1))).toBe(false);
  });

  it("GA: the backend port range, and the list filter takes the same protocols", () => {
    const row = (FromPort: number, ToPort: number) => ({
      EndpointGroupId: "epg-1",
      DestinationConfigurations: [{ Protocols: ["TCP"], FromPort, ToPort }],
    });
    const schema = createCustomRoutingEndpointGroupDestinations.input;
    expect(accepts(schema, row(GA_PORT_RANGE.min, GA_PORT_RANGE.max))).toBe(true);
    expect(accepts(schema, row(GA_PORT_RANGE.min - 1, GA_PORT_RANGE.max))).toBe(false);
    expect(accepts(schema, row(GA_PORT_RANGE.min, GA_PORT_RANGE.max + 1))).toBe(false);
    const filter = (Protocols: string[]) => ({ AcceleratorId: "ga-1", Protocols });
    const list = listCustomRoutingEndpointGroupDestinations.input;
    expect(accepts(list, filter([...GA_PROTOCOLS]))).toBe(true);
    expect(accepts(list, filter(["ICMP"]))).toBe(false);
  });

  it("mirror sessions: the priority range and the tags per session (the shared tag schema's number)", () => {
    const base = {
      NetworkInterfaceId: "eni-1",
      TrafficMirrorTargetId: "tmt-1",
      TrafficMirrorFilterId: "tmf-1",
    };
    const tags = (n: number) => Array.from({ length: n }, (_, i) => ({ Key: `k${i}` }));
    const schema = createTrafficMirrorSession.input;
    expect(accepts(schema, { ...base, Priority: PRIORITY_RANGE.min })).toBe(true);
    expect(accepts(schema, { ...base, Priority: PRIORITY_RANGE.max })).toBe(true);
    expect(accepts(schema, { ...base, Priority: PRIORITY_RANGE.min - 1 })).toBe(false);
    expect(accepts(schema, { ...base, Priority: PRIORITY_RANGE.max + 1 })).toBe(false);
    expect(accepts(schema, { ...base, Priority: 1, Tags: tags(MAX_SESSION_TAGS) })).toBe(true);
    expect(accepts(schema, { ...base, Priority: 1, Tags: tags(MAX_SESSION_TAGS + 1) })).toBe(false);
  });

  it("relay sources: the protocols the select offers", () => {
    const input = (protocol: string) => ({
      Vhost: "play.example.com",
      App: "live",
      GroupDetails: [
        { Group: "g", Servers: [{ RelaySourceProtocol: protocol, RelaySourceDomain: "o.example.com" }] },
      ],
    });
    for (const protocol of RELAY_PROTOCOLS)
      expect(accepts(updateRelaySourceV3.input, input(protocol))).toBe(true);
    expect(accepts(updateRelaySourceV3.input, input("hls"))).toBe(false);
  });
});
