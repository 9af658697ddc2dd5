import { describe, expect, it } from "vitest";
import { testEmulator } from "../../testing/test-emulator";
import { ACCOUNTS, RI } from "../aliyun-demo/demo-ids";

const V = "2016-04-28";

describe("VPC router interfaces over signed HTTP: wire shapes", () => {
  it("DescribeRouterInterfaces: RouterInterfaceSet.RouterInterfaceType wrapper, Tags.Tags, Filter.N.Value.M", async () => {
    const t = testEmulator();
    const reply = await t.aliyun("DescribeRouterInterfaces", V, {
      RegionId: "cn-hangzhou",
      Filter: [
        { Key: "Status", Value: ["Active", "Inactive"] },
        { Key: "RouterType", Value: ["VRouter"] },
      ],
      PageSize: 50,
    });
    expect(reply.body).toMatchObject({ PageNumber: 1, PageSize: 50, TotalCount: 2 });
    const list = (reply.body.RouterInterfaceSet as { RouterInterfaceType: Array<Record<string, unknown>> })
      .RouterInterfaceType;
    expect(list.map((r) => r.RouterInterfaceId).sort()).toEqual(
      [RI.activeInitiator, RI.inactiveAcceptor].sort(),
    );
    expect(list[0]).toMatchObject({
      Tags: { Tags: [] },
      OppositeRegionId: expect.any(String),
      Bandwidth: expect.any(Number),
    });
    const tooBig = await t.aliyun("DescribeRouterInterfaces", V, { RegionId: "cn-hangzhou", PageSize: 51 });
    expect(tooBig.body.Code).toBe("InvalidParameter");
  });

  it("ConnectRouterInterface errors carry the seed's HTTP statuses (404 / 403)", async () => {
    const t = testEmulator();
    const region = await t.aliyun("ConnectRouterInterface", V, {
      RegionId: "cn-nowhere",
      RouterInterfaceId: RI.readyInitiator,
    });
    expect(region).toMatchObject({
      status: 404,
      body: {
        Code: "InvalidRegionId.NotFound",
        Message: "The specified RegionId does not exist in our record.",
      },
    });
    const cross = await t.aliyun("ConnectRouterInterface", V, {
      RegionId: "cn-hangzhou",
      RouterInterfaceId: RI.crossBidInitiator,
    });
    expect(cross).toMatchObject({ status: 404, body: { Code: "CROSS_BID.FORBIDDEN" } });
    await t.aliyun("ModifyRouterInterfaceAttribute", V, {
      RegionId: "cn-hangzhou",
      RouterInterfaceId: RI.unconfiguredInitiator,
      OppositeInterfaceId: RI.readyAcceptor,
      OppositeRouterId: "vrt-uf6c2m7x4k9p1s8d3f6g0h",
      OppositeRouterType: "VRouter",
      OppositeInterfaceOwnerId: ACCOUNTS.demo,
    });
    const rejected = await t.aliyun("ConnectRouterInterface", V, {
      RegionId: "cn-hangzhou",
      RouterInterfaceId: RI.unconfiguredInitiator,
    });
    expect(rejected).toMatchObject({ status: 403, body: { Code: "RejectedByOppositeInterface" } });
  });

  it("DescribeRouterInterfaceAttribute is flat with Code/Message/Success; missing InstanceId → InvalidParam.NotNull", async () => {
    const t = testEmulator();
    const attr = await t.aliyun("DescribeRouterInterfaceAttribute", V, {
      RegionId: "cn-shanghai",
      InstanceId: RI.activeAcceptor,
    });
    expect(attr.body).toMatchObject({
      RouterInterfaceId: RI.activeAcceptor,
      Role: "AcceptingSide",
      Status: "Active",
      Code: "200",
      Success: true,
      HealthCheckStatus: "NoHealthCheckConfig",
    });
    expect(
      (await t.aliyun("DescribeRouterInterfaceAttribute", V, { RegionId: "cn-shanghai" })).body.Code,
    ).toBe("InvalidParam.NotNull");
  });
});
