import type { Handler } from "../../core/product";
import { inRange } from "../../core/paging";
import { int, objList, str, strList, type Input } from "../../core/wire-input";
import type { VpcBackend } from "./vpc-model";
import { routerInterfaceView } from "./vpc-views";

/** DescribeRouterInterfaces' PageSize: 1–50, default 10 (docs/cloud-apis.md §3.2). */
export const MAX_PAGE_SIZE = 50;

/** Wire ↔ model for the VPC router-interface operations (docs/cloud-apis.md §3). */
export const vpcHandlers: Record<string, Handler<VpcBackend>> = {
  "aliyun.vpc.DescribeRouterInterfaces": (input, vpc, call) => {
    const filters = objList(input, "Filter").map((f) => ({
      key: str(f, "Key") ?? "",
      values: strList(f, "Value"),
    }));
    const page = vpc.describe(
      call.accountId,
      str(input, "RegionId"),
      filters,
      inRange(int(input, "PageNumber"), "PageNumber", 1, 1_000_000, 1),
      inRange(int(input, "PageSize"), "PageSize", 1, MAX_PAGE_SIZE, 10),
    );
    return {
      PageNumber: page.pageNumber,
      PageSize: page.pageSize,
      TotalCount: page.totalCount,
      RouterInterfaceSet: { RouterInterfaceType: page.items.map((ri) => routerInterfaceView(ri, vpc)) },
    };
  },
  "aliyun.vpc.DescribeRouterInterfaceAttribute": (input, vpc, call) => {
    const ri = vpc.get(call.accountId, str(input, "RegionId"), str(input, "InstanceId"));
    return {
      ...routerInterfaceView(ri, vpc),
      GmtModified: ri.GmtModified,
      HealthCheckStatus: ri.HealthCheckTargetIp ? "Normal" : "NoHealthCheckConfig",
      Code: "200",
      Message: "successful",
      Success: true,
    };
  },
  "aliyun.vpc.ModifyRouterInterfaceAttribute": (input, vpc, call) => {
    vpc.modify(call.accountId, str(input, "RegionId"), str(input, "RouterInterfaceId"), peerInfo(input));
    return {};
  },
  "aliyun.vpc.ConnectRouterInterface": (input, vpc, call) => {
    vpc.connect(call.accountId, str(input, "RegionId"), str(input, "RouterInterfaceId"));
    return {};
  },
  "aliyun.vpc.DeactivateRouterInterface": (input, vpc, call) => {
    vpc.deactivate(call.accountId, str(input, "RegionId"), str(input, "RouterInterfaceId"));
    return {};
  },
  "aliyun.vpc.ActivateRouterInterface": (input, vpc, call) => {
    vpc.activate(call.accountId, str(input, "RegionId"), str(input, "RouterInterfaceId"));
    return {};
  },
};

function peerInfo(input: Input) {
  return {
    Name: str(input, "Name"),
    Description: str(input, "Description"),
    OppositeInterfaceId: str(input, "OppositeInterfaceId"),
    OppositeRouterId: str(input, "OppositeRouterId"),
    OppositeRouterType: str(input, "OppositeRouterType"),
    OppositeInterfaceOwnerId: str(input, "OppositeInterfaceOwnerId"),
    HealthCheckSourceIp: str(input, "HealthCheckSourceIp"),
    HealthCheckTargetIp: str(input, "HealthCheckTargetIp"),
  };
}
