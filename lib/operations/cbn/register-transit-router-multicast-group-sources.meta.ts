import { defineOperationMeta, resultOf } from "../define-operation";

/**
 * ENIs one call registers at most (seed, §10.3): the schema, the ENI picker and the validation message read it here,
 * zod-free.
 */
export const MAX_SOURCE_ENIS = 5;

/** Seed op #1 (docs/cloud-apis.md §2.1). Async: sources are Registering until Registered; poll ListTransitRouterMulticastGroups. */
export const registerTransitRouterMulticastGroupSourcesMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "RegisterTransitRouterMulticastGroupSources",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: {},
  idempotent: true,
  ...resultOf<Record<string, never>>(),
});
