import { defineOperationMeta, resultOf } from "../define-operation";
import type { CustomRoutingEndpointGroup } from "./ga-types";
import { gaRegion } from "./ga-base";

/** Status poll for destination changes (docs/cloud-apis.md §4.2). */
export const describeCustomRoutingEndpointGroupMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "DescribeCustomRoutingEndpointGroup",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  ...resultOf<CustomRoutingEndpointGroup>(),
});
