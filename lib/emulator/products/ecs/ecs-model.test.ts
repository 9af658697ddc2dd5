import { describe, expect, it } from "vitest";
import { modelHarness } from "../../testing/model-harness";
import { codeOf } from "../../testing/vendor-code";
import { ACCOUNTS, ENI, VPC, VSW } from "../aliyun-demo/demo-ids";
import type { EcsBackend, EniQuery } from "./ecs-model";

const ME = ACCOUNTS.demo;
const q = (over: Partial<EniQuery> = {}): EniQuery => ({
  regionId: "cn-hangzhou",
  ids: [],
  tags: [],
  ...over,
});

describe("ECS DescribeNetworkInterfaces", () => {
  const ecs = () => modelHarness().backend<EcsBackend>("ecs");

  it("lists only the caller's ENIs in the region, filtered by VPC, vSwitch, status and id", () => {
    const e = ecs();
    const all = e.describe(ME, q({ maxResults: 100 }));
    expect(all.items.every((x) => x.OwnerId === ME && x.RegionId === "cn-hangzhou")).toBe(true);
    expect(all.items.map((x) => x.NetworkInterfaceId)).not.toContain(ENI.hzPartner);
    expect(e.describe(ME, q({ vSwitchId: VSW.hzAppI })).items.map((x) => x.NetworkInterfaceId)).toEqual([
      ENI.hzUnassociated,
    ]);
    expect(e.describe(ME, q({ vpcId: VPC.hzData })).items.map((x) => x.NetworkInterfaceId)).toEqual([
      ENI.hzAssociating,
    ]);
    expect(e.describe(ME, q({ status: "Available" })).items.every((x) => x.Status === "Available")).toBe(
      true,
    );
    expect(
      e.describe(ME, q({ ids: [ENI.hzFree1, ENI.shApp] })).items.map((x) => x.NetworkInterfaceId),
    ).toEqual([ENI.hzFree1]);
    expect(e.describe(ME, q({ serviceManaged: true })).items.map((x) => x.NetworkInterfaceId)).toEqual([
      ENI.hzTransitRouter,
    ]);
  });

  it("pages by NextToken with MaxResults clamped to 10–500", () => {
    const e = ecs();
    const first = e.describe(ME, q({ maxResults: 3 }));
    expect(first.style).toBe("token");
    expect(first.items).toHaveLength(10); // 3 is clamped up to 10
    const total = first.totalCount;
    expect(total).toBeGreaterThan(10);
    const second = e.describe(
      ME,
      q({ maxResults: 3, nextToken: first.style === "token" ? first.nextToken : "" }),
    );
    expect(second.items).toHaveLength(total - 10);
    expect(second.style === "token" && second.nextToken).toBe("");
    expect(codeOf(() => e.describe(ME, q({ nextToken: "garbage" })))).toBe("400 InvalidParameter");
  });

  it("deprecated PageNumber/PageSize still pages", () => {
    const page = ecs().describe(ME, q({ pageNumber: 2, pageSize: 4 }));
    expect(page).toMatchObject({ style: "number", pageNumber: 2, pageSize: 4 });
    expect(page.items).toHaveLength(4);
  });

  it("needs a real region, at most 100 ids", () => {
    const e = ecs();
    expect(codeOf(() => e.describe(ME, q({ regionId: undefined })))).toBe("400 MissingParameter");
    expect(codeOf(() => e.describe(ME, q({ regionId: "mars-1" })))).toBe("404 InvalidRegionId.NotFound");
    expect(codeOf(() => e.describe(ME, q({ ids: Array.from({ length: 101 }, (_, i) => `eni-${i}`) })))).toBe(
      "400 InvalidParameter",
    );
  });
});
