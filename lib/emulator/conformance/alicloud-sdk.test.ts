import OpenApi, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";
import OpenApiUtil from "@alicloud/openapi-util";
import { RuntimeOptions } from "@alicloud/tea-util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../core/persistence";
import { startEmulatorServer, type RunningEmulator } from "../http-server";
import { ACCOUNTS, ENI, MCAST_DOMAIN, RI, ROUTER, VSW } from "../products/aliyun-demo/demo-ids";

/**
 * Conformance: the OFFICIAL Alibaba SDK (@alicloud/openapi-client, dev dependency) calls every part-A operation
 * against the running emulator — default V3 (ACS3-HMAC-SHA256 header) and `signatureAlgorithm: 'v2'` (RPC V1,
 * Signature parameter) — and parses the replies. A signature the SDK computes and we refuse fails here.
 */

const VERSIONS = { cbn: "2017-09-12", ecs: "2014-05-26", vpc: "2016-04-28" } as const;
type Product = keyof typeof VERSIONS;

function sdkClient(url: string, mode: "v3" | "v2") {
  const config = new Config({
    accessKeyId: "LTAIemulator",
    accessKeySecret: "emulator-secret",
    endpoint: url.replace("http://", ""),
    protocol: "http",
    ...(mode === "v2" ? { signatureAlgorithm: "v2" } : {}),
  });
  const client = new OpenApi(config);
  return async (
    product: Product,
    action: string,
    query: Record<string, unknown>,
    body?: Record<string, unknown>,
    version: string = VERSIONS[product],
  ) => {
    const params = new Params({
      action,
      version,
      protocol: "HTTP",
      pathname: "/",
      method: "POST",
      authType: "AK",
      style: "RPC",
      reqBodyType: "formData",
      bodyType: "json",
    });
    const request = new OpenApiRequest({ query: OpenApiUtil.query(query), ...(body ? { body } : {}) });
    const reply = (await client.callApi(params, request, new RuntimeOptions({ autoretry: false }))) as {
      statusCode: number;
      body: Record<string, unknown>;
    };
    return reply.body;
  };
}

for (const mode of ["v3", "v2"] as const) {
  describe(`official SDK (${mode === "v3" ? "default V3" : "signatureAlgorithm v2 → RPC V1"}) against the emulator`, () => {
    let running: RunningEmulator;
    let api: ReturnType<typeof sdkClient>;
    beforeAll(async () => {
      running = await startEmulatorServer({
        port: 0,
        env: {},
        store: new MemoryStore(),
        transitions: { mode: "immediate" },
      });
      api = sdkClient(running.url, mode);
    });
    afterAll(() => running.close());

    it("CEN ListTransitRouterMulticastDomains / ListTransitRouterMulticastDomainAssociations", async () => {
      const domains = await api("cbn", "ListTransitRouterMulticastDomains", { RegionId: "cn-hangzhou" });
      expect(domains).toMatchObject({ RequestId: expect.stringMatching(/^[0-9A-F-]{36}$/), TotalCount: 1 });
      expect(domains.TransitRouterMulticastDomains).toEqual([
        expect.objectContaining({
          TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
          Options: { Igmpv2Support: "enable" },
        }),
      ]);
      const assoc = await api("cbn", "ListTransitRouterMulticastDomainAssociations", {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        VSwitchIds: [VSW.hzAppH],
      });
      expect(assoc.TransitRouterMulticastAssociations).toEqual([
        expect.objectContaining({ VSwitchId: VSW.hzAppH, Status: "Associated" }),
      ]);
    });

    it("ECS DescribeNetworkInterfaces (singular NetworkInterfaceId.N, wrapped list)", async () => {
      const enis = await api("ecs", "DescribeNetworkInterfaces", {
        RegionId: "cn-hangzhou",
        NetworkInterfaceId: [ENI.hzFree1, ENI.hzFree2],
        MaxResults: 10,
      });
      const set = (
        enis.NetworkInterfaceSets as { NetworkInterfaceSet: Array<{ NetworkInterfaceId: string }> }
      ).NetworkInterfaceSet;
      expect(set.map((e) => e.NetworkInterfaceId).sort()).toEqual([ENI.hzFree1, ENI.hzFree2].sort());
    });

    it("CEN Register → ListTransitRouterMulticastGroups (form body) → Deregister", async () => {
      const group = mode === "v3" ? "239.5.5.3" : "239.5.5.2";
      const reg = await api("cbn", "RegisterTransitRouterMulticastGroupSources", {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: group,
        NetworkInterfaceIds: [ENI.hzFree1, ENI.hzFree2],
        ClientToken: `conformance-${mode}`,
      });
      expect(Object.keys(reg)).toEqual(["RequestId"]);
      const list = await api(
        "cbn",
        "ListTransitRouterMulticastGroups",
        { TransitRouterMulticastDomainId: MCAST_DOMAIN.hz },
        { GroupIpAddress: group, MaxResults: 20 },
      );
      expect(list.TransitRouterMulticastGroups).toEqual([
        expect.objectContaining({
          GroupSource: true,
          Status: "Registered",
          NetworkInterfaceId: expect.any(String),
        }),
        expect.objectContaining({ GroupSource: true, Status: "Registered" }),
      ]);
      await api("cbn", "DeregisterTransitRouterMulticastGroupSources", {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: group,
        NetworkInterfaceIds: [ENI.hzFree1],
      });
      const after = await api("cbn", "ListTransitRouterMulticastGroups", {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: group,
      });
      expect(after.TotalCount).toBe(1);
    });

    it("VPC Describe / Modify / Connect (and legacy ECS Connect) / Attribute / Deactivate / Activate", async () => {
      const [initiator, acceptor] =
        mode === "v3"
          ? [RI.unconfiguredInitiator, RI.unconfiguredAcceptor]
          : [RI.readyInitiator, RI.readyAcceptor];
      const list = await api("vpc", "DescribeRouterInterfaces", {
        RegionId: "cn-hangzhou",
        Filter: [
          { Key: "RouterInterfaceId", Value: [initiator] },
          { Key: "Status", Value: ["Idle", "Active"] },
        ],
      });
      expect(list).toMatchObject({ PageNumber: 1, PageSize: 10, TotalCount: 1 });
      expect(
        (list.RouterInterfaceSet as { RouterInterfaceType: unknown[] }).RouterInterfaceType,
      ).toHaveLength(1);
      if (mode === "v3") {
        await api("vpc", "ModifyRouterInterfaceAttribute", {
          RegionId: "cn-hangzhou",
          RouterInterfaceId: initiator,
          OppositeInterfaceId: acceptor,
          OppositeRouterId: ROUTER.shDr,
          OppositeRouterType: "VRouter",
          OppositeInterfaceOwnerId: ACCOUNTS.demo,
        });
        await api("vpc", "ModifyRouterInterfaceAttribute", {
          RegionId: "cn-shanghai",
          RouterInterfaceId: acceptor,
          OppositeInterfaceId: initiator,
          OppositeRouterId: ROUTER.hzApp,
          OppositeRouterType: "VRouter",
          OppositeInterfaceOwnerId: ACCOUNTS.demo,
        });
        await api("vpc", "ConnectRouterInterface", { RegionId: "cn-hangzhou", RouterInterfaceId: initiator });
      } else {
        await api("vpc", "ModifyRouterInterfaceAttribute", {
          RegionId: "cn-hangzhou",
          RouterInterfaceId: initiator,
          Name: "renamed-by-sdk",
        });
        await api(
          "vpc",
          "ConnectRouterInterface",
          { RegionId: "cn-hangzhou", RouterInterfaceId: initiator },
          undefined,
          VERSIONS.ecs,
        );
      }
      const attr = () =>
        api("vpc", "DescribeRouterInterfaceAttribute", { RegionId: "cn-hangzhou", InstanceId: initiator });
      expect(await attr()).toMatchObject({
        RouterInterfaceId: initiator,
        Status: "Active",
        OppositeInterfaceStatus: "Active",
        Success: true,
      });
      await api("vpc", "DeactivateRouterInterface", {
        RegionId: "cn-hangzhou",
        RouterInterfaceId: initiator,
      });
      expect((await attr()).Status).toBe("Inactive");
      await api("vpc", "ActivateRouterInterface", { RegionId: "cn-hangzhou", RouterInterfaceId: initiator });
      expect((await attr()).Status).toBe("Active");
    });

    it("vendor errors reach the SDK as its own error objects (code, statusCode, RequestId)", async () => {
      const error = await api("vpc", "ConnectRouterInterface", {
        RegionId: "cn-hangzhou",
        RouterInterfaceId: RI.duplicateInitiator,
      }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "Forbidden.OnlyOneConnection", statusCode: 400 });
      expect((error as { data: { RequestId: string } }).data.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    });

    it(`every call was verified with the ${mode === "v3" ? "ACS3" : "RPC V1"} scheme`, async () => {
      const log = (await (await fetch(`${running.url}/_emulator/requests`)).json()) as {
        requests: Array<{ scheme: string; signature: string }>;
      };
      expect(log.requests.length).toBeGreaterThanOrEqual(15);
      expect(new Set(log.requests.map((r) => `${r.scheme}:${r.signature}`))).toEqual(
        new Set([`${mode === "v3" ? "acs3" : "rpc-v1"}:valid`]),
      );
    });
  });
}
