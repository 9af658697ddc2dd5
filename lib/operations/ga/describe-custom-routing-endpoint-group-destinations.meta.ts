import { defineOperationMeta, resultOf } from "../define-operation";
import type { CustomRoutingDestination } from "./ga-types";
import { gaRegion } from "./ga-base";

export const describeCustomRoutingEndpointGroupDestinationsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "DescribeCustomRoutingEndpointGroupDestinations",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  ...resultOf<CustomRoutingDestination>(),
});
