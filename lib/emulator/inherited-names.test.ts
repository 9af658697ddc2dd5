import { describe, expect, it } from "vitest";
import { ENI, MCAST_DOMAIN } from "./products/aliyun-demo/demo-ids";
import { GA } from "./products/ga/ga-ids";
import { LIVE } from "./products/live/live-ids";
import { BJ } from "./products/volc-vpc/volc-vpc-ids";
import { testEmulator } from "./testing/test-emulator";

/**
 * Names and ids a client chooses are looked up among the records it may see, never among what every JavaScript
 * object inherits: `constructor`, `__proto__`, `toString`, `hasOwnProperty` are unknown names like any other and
 * get the vendor's not-found / invalid code (before, some answered 500 or another resource's code).
 */
const INHERITED = ["constructor", "__proto__", "toString", "hasOwnProperty"] as const;

const volcError = (body: Record<string, unknown>) =>
  (body.ResponseMetadata as { Error?: { Code: string } }).Error?.Code;

describe("inherited property names as client values", () => {
  it.each(INHERITED)("Live: App %s is an ordinary app name (update, describe, delete)", async (app) => {
    const t = testEmulator();
    const live = (action: string, json: Record<string, unknown>) =>
      t.volc("live", action, "2023-01-01", {}, { json });
    const missing = await live("DeleteRelaySourceV3", { Vhost: LIVE.vhosts.edu, App: app });
    expect([missing.status, volcError(missing.body)]).toEqual([404, "ResourceNotFound"]);
    const groups = [
      { Group: "g1", Servers: [{ RelaySourceProtocol: "rtmp", RelaySourceDomain: "a.example.org" }] },
    ];
    const updated = await live("UpdateRelaySourceV3", {
      Vhost: LIVE.vhosts.edu,
      App: app,
      GroupDetails: groups,
    });
    expect([updated.status, volcError(updated.body)]).toEqual([200, undefined]);
    const described = await live("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.edu, App: app });
    expect(described.body.Result).toMatchObject({
      RelaySourceConfigList: [{ App: app, GroupDetails: groups }],
    });
    expect((await live("DeleteRelaySourceV3", { Vhost: LIVE.vhosts.edu, App: app })).status).toBe(200);
    const after = await live("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.edu, App: app });
    expect(after.body.Result).toEqual({ RelaySourceConfigList: [] });
  });

  it.each(INHERITED)("Live: Vhost %s does not exist (404, not another account's 403)", async (vhost) => {
    const t = testEmulator();
    const r = await t.volc("live", "DescribeRelaySourceV3", "2023-01-01", {}, { json: { Vhost: vhost } });
    expect([r.status, volcError(r.body)]).toEqual([404, "ResourceNotFound"]);
  });

  it.each(INHERITED)("GA: id %s is not an endpoint group, destination or accelerator", async (id) => {
    const t = testEmulator();
    const ga = (action: string, params: Record<string, unknown>) =>
      t.aliyun(action, "2019-11-20", { RegionId: "cn-hangzhou", ...params });
    const codes = [
      await ga("DescribeCustomRoutingEndpointGroup", { EndpointGroupId: id }),
      await ga("CreateCustomRoutingEndpointGroupDestinations", {
        EndpointGroupId: id,
        DestinationConfigurations: [{ Protocols: ["TCP"], FromPort: 80, ToPort: 80 }],
      }),
      await ga("DescribeCustomRoutingEndpointGroupDestinations", { DestinationId: id }),
      await ga("DeleteCustomRoutingEndpointGroupDestinations", {
        EndpointGroupId: GA.groups.shanghai,
        DestinationIds: [id],
      }),
      await ga("ListListeners", { AcceleratorId: id }),
    ].map((r) => `${r.status} ${String(r.body.Code)}`);
    expect(codes).toEqual([
      "400 NotExist.EndPointGroup",
      "400 NotExist.EndPointGroup",
      "400 NotExist.Destination",
      "400 NotExist.Destination",
      "400 NotExist.Accelerator",
    ]);
  });

  it.each(INHERITED)("Volcengine VPC: id %s is not a session, filter, target or ENI", async (id) => {
    const t = testEmulator();
    const vpc = (action: string, params: Record<string, unknown>) =>
      t.volc("vpc", action, "2020-04-01", params);
    const create = (over: Record<string, unknown>) =>
      vpc("CreateTrafficMirrorSession", {
        NetworkInterfaceId: BJ.enis.web02Primary,
        TrafficMirrorTargetId: BJ.targets.idsEni,
        TrafficMirrorFilterId: BJ.filters.webAll,
        Priority: 2,
        ...over,
      });
    const answers = [
      await vpc("DeleteTrafficMirrorSession", { TrafficMirrorSessionId: id }),
      await create({ TrafficMirrorFilterId: id }),
      await create({ TrafficMirrorTargetId: id }),
      await create({ NetworkInterfaceId: id }),
    ].map((r) => `${r.status} ${String(volcError(r.body))}`);
    expect(answers).toEqual([
      "404 InvalidTrafficMirrorSession.NotFound",
      "404 InvalidTrafficMirrorFilter.NotFound",
      "404 InvalidTrafficMirrorTarget.NotFound",
      "404 InvalidNetworkInterfaceId.NotFound",
    ]);
  });

  it.each(INHERITED)("Volcengine VPC: credential-scope region %s is an empty region", async (region) => {
    const t = testEmulator();
    const r = await t.volc("vpc", "DescribeTrafficMirrorSessions", "2020-04-01", {}, { region });
    expect(r.status).toBe(200);
    expect(r.body.Result).toMatchObject({ TrafficMirrorSessions: [], NextToken: "" });
  });

  it.each(INHERITED)("VPC: %s is no filter key and no router interface", async (name) => {
    const t = testEmulator();
    const filtered = await t.aliyun("DescribeRouterInterfaces", "2016-04-28", {
      RegionId: "cn-hangzhou",
      Filter: [{ Key: name, Value: ["x"] }],
    });
    expect(`${filtered.status} ${String(filtered.body.Code)}`).toBe("400 InvalidParameter");
    const connect = await t.aliyun("ConnectRouterInterface", "2016-04-28", {
      RegionId: "cn-hangzhou",
      RouterInterfaceId: name,
    });
    expect(`${connect.status} ${String(connect.body.Code)}`).toBe("404 InvalidRouterInterfaceId.NotFound");
  });

  it.each(INHERITED)("CEN: connect peer, VPC and domain %s do not exist", async (id) => {
    const t = testEmulator();
    const register = (over: Record<string, unknown>) =>
      t.aliyun("RegisterTransitRouterMulticastGroupSources", "2017-09-12", {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.9.9.9",
        NetworkInterfaceIds: [ENI.hzFree1],
        ...over,
      });
    const codes = [
      await register({ NetworkInterfaceIds: undefined, ConnectPeerIds: [id] }),
      await register({ VpcId: id }),
      await register({ TransitRouterMulticastDomainId: id }),
    ].map((r) => `${r.status} ${String(r.body.Code)}`);
    expect(codes).toEqual([
      "400 InvalidConnectPeerIds.NotFound",
      "400 InstanceNotExist",
      "400 InvalidMulticastDomainId.NotFound",
    ]);
  });

  it.each(INHERITED)("control plane: account flag or quota %s is not declared", async (name) => {
    const t = testEmulator();
    const flags = await t.control("POST", "/_emulator/account", { flags: { [name]: true } });
    const quotas = await t.control("POST", "/_emulator/account", JSON.parse(`{"quotas":{"${name}":1}}`));
    expect([flags.status, quotas.status]).toEqual([400, 400]);
    expect(String(flags.body.error)).toContain("unknown account flag");
  });
});
