import { defineOperationMeta, resultOf } from "../define-operation";

/** Async cleanup (docs/cloud-apis.md §2.3): sources go Deregistering and then disappear from ListTransitRouterMulticastGroups. */
export const deregisterTransitRouterMulticastGroupSourcesMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "DeregisterTransitRouterMulticastGroupSources",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: {},
  idempotent: true,
  ...resultOf<Record<string, never>>(),
});
