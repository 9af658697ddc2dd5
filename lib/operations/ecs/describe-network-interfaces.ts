import { z } from "zod";
import { nextToken } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";

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

/** ENI picker for multicast sources (apis.md §2.6). Note the singular `NetworkInterfaceId.N` and the XML-style wrapper. */
export const describeAliyunNetworkInterfaces = defineOperation({
  cloud: "aliyun",
  product: "ecs",
  version: "2014-05-26",
  action: "DescribeNetworkInterfaces",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: { param: "RegionId" },
  input: z.object({
    NetworkInterfaceId: z.array(z.string().min(1)).max(100).optional(),
    VpcId: z.string().min(1).optional(),
    VSwitchId: z.string().min(1).optional(),
    Status: z.enum(["Available", "Attaching", "InUse", "Detaching", "Deleting"]).optional(),
    MaxResults: z.number().int().min(10).max(500).optional(),
    NextToken: nextToken.optional(),
  }),
  ...resultOf<{
    NextToken?: string;
    TotalCount?: number;
    NetworkInterfaceSets: { NetworkInterfaceSet: AliyunNetworkInterface[] };
  }>(),
  errors: {},
});
