import { defineOperationMeta, resultOf } from "../define-operation";

/** docs/cloud-apis.md §3.2 lifecycle: Active → Deactivating → Inactive. */
export const deactivateRouterInterfaceMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "DeactivateRouterInterface",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId" },
  ...resultOf<Record<string, never>>(),
});
