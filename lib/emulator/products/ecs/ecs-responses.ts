import type { Handler } from "../../core/product";
import { bool, int, objList, str, strList } from "../../core/wire-input";
import type { EcsBackend } from "./ecs-model";
import type { NetworkInterfaceRecord } from "./ecs-state";

/** DescribeNetworkInterfaces: note the singular `NetworkInterfaceId.N` and the XML-heritage wrappers (docs/cloud-apis.md §2.6). */
export const ecsHandlers: Record<string, Handler<EcsBackend>> = {
  "aliyun.ecs.DescribeNetworkInterfaces": (input, ecs, call) => {
    const page = ecs.describe(call.accountId, {
      regionId: str(input, "RegionId"),
      ids: strList(input, "NetworkInterfaceId"),
      vpcId: str(input, "VpcId"),
      vSwitchId: str(input, "VSwitchId"),
      instanceId: str(input, "InstanceId"),
      securityGroupId: str(input, "SecurityGroupId"),
      type: str(input, "Type"),
      status: str(input, "Status"),
      name: str(input, "NetworkInterfaceName"),
      primaryIpAddress: str(input, "PrimaryIpAddress"),
      serviceManaged: bool(input, "ServiceManaged"),
      tags: objList(input, "Tag").map((t) => ({ key: str(t, "Key") ?? "", value: str(t, "Value") })),
      maxResults: int(input, "MaxResults"),
      nextToken: str(input, "NextToken"),
      pageNumber: int(input, "PageNumber"),
      pageSize: int(input, "PageSize"),
    });
    const set = { NetworkInterfaceSet: page.items.map(networkInterfaceView) };
    return page.style === "token"
      ? { NextToken: page.nextToken, TotalCount: page.totalCount, NetworkInterfaceSets: set }
      : {
          PageNumber: page.pageNumber,
          PageSize: page.pageSize,
          TotalCount: page.totalCount,
          NetworkInterfaceSets: set,
        };
  },
};

export function networkInterfaceView(e: NetworkInterfaceRecord): Record<string, unknown> {
  return {
    NetworkInterfaceId: e.NetworkInterfaceId,
    NetworkInterfaceName: e.NetworkInterfaceName,
    Description: e.Description,
    Status: e.Status,
    Type: e.Type,
    VpcId: e.VpcId,
    VSwitchId: e.VSwitchId,
    ZoneId: e.ZoneId,
    InstanceId: e.InstanceId,
    PrivateIpAddress: e.PrivateIpAddress,
    MacAddress: e.MacAddress,
    ServiceManaged: e.ServiceManaged,
    OwnerId: e.OwnerId,
    ResourceGroupId: e.ResourceGroupId,
    CreationTime: e.CreationTime,
    SecurityGroupIds: { SecurityGroupId: [...e.SecurityGroupIds] },
    PrivateIpSets: { PrivateIpSet: [{ PrivateIpAddress: e.PrivateIpAddress, Primary: true }] },
    Ipv6Sets: { Ipv6Set: [] },
    Tags: { Tag: e.Tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) },
  };
}
