import { defineOperationMeta, resultOf } from "../define-operation";
import { gaRegion } from "./ga-base";

/** Seed op #4 (docs/cloud-apis.md §4.1). The group goes `updating` → `active`; no concurrency per accelerator. */
export const createCustomRoutingEndpointGroupDestinationsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "CreateCustomRoutingEndpointGroupDestinations",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: gaRegion,
  idempotent: true,
  ...resultOf<{ DestinationIds: string[] }>(),
});
