import { defineOperationMeta, resultOf } from "../define-operation";
import type { CustomRoutingDestination, Paged } from "./ga-types";
import { gaRegion } from "./ga-base";

export const listCustomRoutingEndpointGroupDestinationsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListCustomRoutingEndpointGroupDestinations",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  ...resultOf<Paged & { Destinations: CustomRoutingDestination[] }>(),
});
