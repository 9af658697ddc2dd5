import { beforeEach, describe, expect, it } from "vitest";
import { testEmulator, type TestEmulator } from "../../testing/test-emulator";
import { GA } from "./ga-ids";
import { gaProduct } from "./ga-product";

/** Signed with our own Alibaba signers (ACS3 and RPC V1) through the whole emulator pipeline. */
const V = "2019-11-20";
let t: TestEmulator;
const ga = (action: string, params: Record<string, unknown>, signature: "v3" | "v1" = "v3") =>
  t.aliyun(action, V, { RegionId: "cn-hangzhou", ...params }, { signature });

const createParams = (over: Record<string, unknown> = {}) => ({
  EndpointGroupId: GA.groups.shanghai,
  DestinationConfigurations: [{ Protocols: ["TCP"], FromPort: 8000, ToPort: 8009 }],
  ...over,
});

beforeEach(() => {
  t = testEmulator({ products: [gaProduct] });
});

describe("GA over signed HTTP", () => {
  it.each(["v3", "v1"] as const)(
    "creates destinations with %s signatures: DestinationIds beside RequestId",
    async (signature) => {
      const { status, body } = await ga(
        "CreateCustomRoutingEndpointGroupDestinations",
        createParams(),
        signature,
      );
      expect(status).toBe(200);
      expect(Object.keys(body).sort()).toEqual(["DestinationIds", "RequestId"]);
      expect(body.DestinationIds).toEqual([expect.stringMatching(/^dst-/)]);
    },
  );

  it("answers errors in Alibaba's envelope with the seed's message template filled", async () => {
    const { status, body } = await ga(
      "CreateCustomRoutingEndpointGroupDestinations",
      createParams({ EndpointGroupId: "epg-bp1nothere0000000000" }),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      Code: "NotExist.EndPointGroup",
      Message: "endpoint group epg-bp1nothere0000000000 is not exist",
      RequestId: expect.any(String),
      HostId: expect.any(String),
      Recommend: expect.stringContaining("product=Ga"),
    });
  });

  it("replays a ClientToken with the same parameters and refuses it with others (core idempotency)", async () => {
    await t.control("POST", "/_emulator/transitions", {
      mode: "manual",
      reads: 5,
      kind: "ga-endpoint-group",
    });
    const first = await ga(
      "CreateCustomRoutingEndpointGroupDestinations",
      createParams({ ClientToken: "token-1" }),
    );
    const again = await ga(
      "CreateCustomRoutingEndpointGroupDestinations",
      createParams({ ClientToken: "token-1" }),
    );
    expect(again.status).toBe(200);
    expect(again.body.DestinationIds).toEqual(first.body.DestinationIds);
    const other = await ga(
      "CreateCustomRoutingEndpointGroupDestinations",
      createParams({
        ClientToken: "token-1",
        DestinationConfigurations: [{ Protocols: ["UDP"], FromPort: 1, ToPort: 2 }],
      }),
    );
    expect(other.body.Code).toBe("IdempotentParameterMismatch");
    const busy = await ga(
      "CreateCustomRoutingEndpointGroupDestinations",
      createParams({ DestinationConfigurations: [{ Protocols: ["UDP"], FromPort: 1, ToPort: 2 }] }),
    );
    expect(busy.body).toMatchObject({
      Code: "StateError.EndPointGroup",
      Message: "endpoint group state updating is illegal",
    });
  });

  it("answers DryRun=true with DryRunOperation (400) and creates nothing", async () => {
    const { status, body } = await ga(
      "CreateCustomRoutingEndpointGroupDestinations",
      createParams({ DryRun: true }),
    );
    expect(status).toBe(400);
    expect(body.Code).toBe("DryRunOperation");
    const list = await ga("ListCustomRoutingEndpointGroupDestinations", { AcceleratorId: GA.accelerator });
    expect(list.body.TotalCount).toBe(1);
  });

  it("polls the group from updating to active after a create, as the console does", async () => {
    await t.control("POST", "/_emulator/transitions", {
      mode: "manual",
      reads: 2,
      kind: "ga-endpoint-group",
    });
    await ga("CreateCustomRoutingEndpointGroupDestinations", createParams());
    const poll = async () =>
      (await ga("DescribeCustomRoutingEndpointGroup", { EndpointGroupId: GA.groups.shanghai })).body.State;
    expect(await poll()).toBe("updating");
    expect(await poll()).toBe("active");
  });

  it("serves every picker with plain arrays and PageNumber/PageSize/TotalCount", async () => {
    const accelerators = (await ga("ListAccelerators", { PageSize: 50 })).body;
    expect(accelerators).toMatchObject({ PageNumber: 1, PageSize: 50, TotalCount: 2 });
    const listeners = (await ga("ListListeners", { AcceleratorId: GA.accelerator })).body.Listeners as Array<
      Record<string, unknown>
    >;
    expect(listeners.find((l) => l.ListenerId === GA.listeners.standard)).toMatchObject({
      Type: "Standard",
      State: "active",
    });
    const groups = (await ga("ListCustomRoutingEndpointGroups", { AcceleratorId: GA.accelerator })).body;
    expect(groups.TotalCount).toBe(2);
    const mappings = (
      await ga("ListCustomRoutingPortMappings", {
        AcceleratorId: GA.accelerator,
        EndpointGroupIds: [GA.groups.hangzhou],
        PageSize: 50,
      })
    ).body;
    expect(mappings).toMatchObject({ TotalCount: 24, PageSize: 50 });
    const single = (
      await ga("DescribeCustomRoutingEndpointGroupDestinations", { DestinationId: GA.destination })
    ).body;
    expect(single).toMatchObject({
      DestinationId: GA.destination,
      State: "active",
      Protocols: ["TCP"],
      FromPort: 80,
      ToPort: 81,
    });
  });

  it("deletes a destination and refuses an unknown one", async () => {
    const missing = await ga("DeleteCustomRoutingEndpointGroupDestinations", {
      EndpointGroupId: GA.groups.hangzhou,
      DestinationIds: ["dst-nothere000000000000"],
    });
    expect(missing.body).toMatchObject({
      Code: "NotExist.Destination",
      Message: "destination dst-nothere000000000000 is not exist",
    });
    const ok = await ga("DeleteCustomRoutingEndpointGroupDestinations", {
      EndpointGroupId: GA.groups.hangzhou,
      DestinationIds: [GA.destination],
    });
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body)).toEqual(["RequestId"]);
    const gone = await ga("DescribeCustomRoutingEndpointGroupDestinations", {
      DestinationId: GA.destination,
    });
    expect(gone.body.Code).toBe("NotExist.Destination");
  });
});
