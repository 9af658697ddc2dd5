import { defineOperationMeta, resultOf } from "../define-operation";
import { gaRegion } from "./ga-base";

/** Puts the group back into `updating` until the removal settles (docs/cloud-apis.md §9). */
export const deleteCustomRoutingEndpointGroupDestinationsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "DeleteCustomRoutingEndpointGroupDestinations",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: gaRegion,
  idempotent: true,
  ...resultOf<Record<string, never>>(),
});
