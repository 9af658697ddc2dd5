import { defineOperationMeta, resultOf } from "../define-operation";
import { gaRegion } from "./ga-base";

/**
 * Destination ids one call deletes at most: the schema and the table's bulk selection read it here, zod-free, so
 * the table never lets an operator pick more than the call takes.
 */
export const MAX_DELETE_DESTINATIONS = 100;

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
