import { defineOperationMeta, resultOf } from "../define-operation";

export interface AliyunNetworkInterface {
  NetworkInterfaceId: string;
  NetworkInterfaceName?: string;
  Status: string;
  Type: string;
  VpcId: string;
  VSwitchId: string;
  ZoneId?: string;
  InstanceId?: string;
  PrivateIpAddress?: string;
  MacAddress?: string;
  ServiceManaged?: boolean;
}

/** ENI picker for multicast sources (docs/cloud-apis.md §2.6). Note the singular `NetworkInterfaceId.N` and the XML-style wrapper. */
/** The largest MaxResults DescribeNetworkInterfaces takes (10–500, docs/cloud-apis.md §2.6). */
export const ECS_MAX_RESULTS = 500;

export const describeAliyunNetworkInterfacesMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ecs",
  version: "2014-05-26",
  action: "DescribeNetworkInterfaces",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: { param: "RegionId" },
  ...resultOf<{
    NextToken?: string;
    TotalCount?: number;
    NetworkInterfaceSets: { NetworkInterfaceSet: AliyunNetworkInterface[] };
  }>(),
});
