import OpenApi, { Config, OpenApiRequest, Params } from "@alicloud/openapi-client";
import OpenApiUtil from "@alicloud/openapi-util";
import { RuntimeOptions } from "@alicloud/tea-util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../core/persistence";
import { startEmulatorServer, type RunningEmulator } from "../http-server";
import { GA } from "../products/ga/ga-ids";

/**
 * Conformance: the OFFICIAL Alibaba SDK (@alicloud/openapi-client, dev dependency) calls every GA operation of the
 * catalog against the running emulator — default V3 (ACS3-HMAC-SHA256) and `signatureAlgorithm: 'v2'` (RPC V1) —
 * and parses the replies, including a vendor error.
 */

function gaClient(url: string, mode: "v3" | "v2") {
  const client = new OpenApi(
    new Config({
      accessKeyId: "LTAIemulator",
      accessKeySecret: "emulator-secret",
      endpoint: url.replace("http://", ""),
      protocol: "http",
      ...(mode === "v2" ? { signatureAlgorithm: "v2" } : {}),
    }),
  );
  return async (action: string, query: Record<string, unknown>) => {
    const params = new Params({
      action,
      version: "2019-11-20",
      protocol: "HTTP",
      pathname: "/",
      method: "POST",
      authType: "AK",
      style: "RPC",
      reqBodyType: "formData",
      bodyType: "json",
    });
    const request = new OpenApiRequest({ query: OpenApiUtil.query({ RegionId: "cn-hangzhou", ...query }) });
    const reply = (await client.callApi(params, request, new RuntimeOptions({ autoretry: false }))) as {
      statusCode: number;
      body: Record<string, unknown>;
    };
    expect(reply.statusCode).toBe(200);
    return reply.body;
  };
}

for (const mode of ["v3", "v2"] as const) {
  describe(`official Alibaba SDK (${mode === "v3" ? "default V3" : "signatureAlgorithm v2 → RPC V1"}) against the GA emulator`, () => {
    let running: RunningEmulator;
    let ga: ReturnType<typeof gaClient>;
    beforeAll(async () => {
      running = await startEmulatorServer({
        port: 0,
        env: {},
        store: new MemoryStore(),
        transitions: { mode: "immediate" },
      });
      ga = gaClient(running.url, mode);
    });
    afterAll(() => running.close());

    it("ListAccelerators / ListListeners / ListCustomRoutingEndpointGroups", async () => {
      const accelerators = await ga("ListAccelerators", { PageSize: 50 });
      expect(accelerators).toMatchObject({
        RequestId: expect.any(String),
        TotalCount: 2,
        PageNumber: 1,
        PageSize: 50,
      });
      expect(accelerators.Accelerators).toEqual(
        expect.arrayContaining([expect.objectContaining({ AcceleratorId: GA.accelerator, State: "active" })]),
      );
      const listeners = await ga("ListListeners", { AcceleratorId: GA.accelerator });
      expect((listeners.Listeners as Array<{ Type: string }>).map((l) => l.Type).sort()).toEqual([
        "CustomRouting",
        "Standard",
      ]);
      const groups = await ga("ListCustomRoutingEndpointGroups", {
        AcceleratorId: GA.accelerator,
        ListenerId: GA.listeners.custom,
      });
      expect(groups.EndpointGroups).toEqual([
        expect.objectContaining({ EndpointGroupId: GA.groups.hangzhou, State: "active" }),
        expect.objectContaining({ EndpointGroupId: GA.groups.shanghai }),
      ]);
    });

    it("Create → DescribeCustomRoutingEndpointGroup → Describe/List destinations → port mappings → Delete", async () => {
      const port = mode === "v3" ? 6000 : 6100;
      const created = await ga("CreateCustomRoutingEndpointGroupDestinations", {
        EndpointGroupId: GA.groups.shanghai,
        DestinationConfigurations: [{ Protocols: ["TCP", "UDP"], FromPort: port, ToPort: port + 1 }],
        ClientToken: `conformance-${mode}`,
      });
      const [id] = created.DestinationIds as string[];
      expect(id).toMatch(/^dst-/);
      const group = await ga("DescribeCustomRoutingEndpointGroup", { EndpointGroupId: GA.groups.shanghai });
      expect(group).toMatchObject({
        State: "active",
        EndpointGroupId: GA.groups.shanghai,
        ListenerId: GA.listeners.custom,
      });
      const single = await ga("DescribeCustomRoutingEndpointGroupDestinations", { DestinationId: id });
      expect(single).toMatchObject({
        DestinationId: id,
        State: "active",
        Protocols: ["TCP", "UDP"],
        FromPort: port,
        ToPort: port + 1,
      });
      const list = await ga("ListCustomRoutingEndpointGroupDestinations", {
        AcceleratorId: GA.accelerator,
        EndpointGroupId: GA.groups.shanghai,
        Protocols: ["UDP"],
      });
      expect(list).toMatchObject({
        TotalCount: 1,
        Destinations: [expect.objectContaining({ DestinationId: id })],
      });
      const mappings = await ga("ListCustomRoutingPortMappings", {
        AcceleratorId: GA.accelerator,
        EndpointGroupIds: [GA.groups.shanghai],
        PageSize: 5,
      });
      expect(mappings).toMatchObject({ TotalCount: 24, PageSize: 5 });
      expect((mappings.PortMappings as unknown[])[0]).toMatchObject({
        AcceleratorPort: 10024,
        DestinationSocketAddress: { IpAddress: "10.20.30.1", Port: port },
        DestinationTrafficState: "allow",
      });
      const deleted = await ga("DeleteCustomRoutingEndpointGroupDestinations", {
        EndpointGroupId: GA.groups.shanghai,
        DestinationIds: [id],
      });
      expect(Object.keys(deleted)).toEqual(["RequestId"]);
    });

    it("surfaces a vendor error as the SDK's error with code and status", async () => {
      const error = await ga("CreateCustomRoutingEndpointGroupDestinations", {
        EndpointGroupId: "epg-bp1nothere0000000000",
        DestinationConfigurations: [{ Protocols: ["TCP"], FromPort: 1, ToPort: 1 }],
      }).catch((e: unknown) => e as { code?: string; statusCode?: number; message?: string });
      expect(error).toMatchObject({ code: "NotExist.EndPointGroup", statusCode: 400 });
    });
  });
}
