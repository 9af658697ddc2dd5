import { defineOperationMeta, resultOf } from "../define-operation";

/** docs/cloud-apis.md §3.2 lifecycle: Inactive → Activating → Active (not while bills are overdue). */
export const activateRouterInterfaceMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "ActivateRouterInterface",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId" },
  ...resultOf<Record<string, never>>(),
});
