import { defineOperationMeta, resultOf } from "../define-operation";
import type { RouterInterface } from "./router-interface";

/** One interface, flat (docs/cloud-apis.md §3.3); `InstanceId` is the router interface ID. */
export const describeRouterInterfaceAttributeMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "DescribeRouterInterfaceAttribute",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: { param: "RegionId" },
  ...resultOf<RouterInterface & { HealthCheckStatus?: string }>(),
});
