import { defineOperationMeta, resultOf } from "../define-operation";
import { gaRegion } from "./ga-base";

/** Puts the group back into `updating` until the removal settles (apis.md §9). */
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
  errors: {
    "StateError.EndPointGroup": {
      httpStatus: 400,
      class: "retryable",
      en: "The endpoint group is being updated; wait until it is active.",
      zh: "终端节点组正在更新，请等待其变为可用（active）。",
    },
    "NotExist.EndPointGroup": {
      httpStatus: 400,
      class: "user-fix",
      en: "The endpoint group does not exist.",
      zh: "终端节点组不存在。",
    },
    "NotExist.Destination": {
      httpStatus: 400,
      class: "user-fix",
      en: "A destination does not exist.",
      zh: "映射不存在。",
    },
  },
});
