import { defineOperationMeta, resultOf } from "../define-operation";

/** Sets peer info before connecting (docs/cloud-apis.md §3.1, §9). Not idempotent by token; the result is re-read. */
export const modifyRouterInterfaceAttributeMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "ModifyRouterInterfaceAttribute",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId" },
  ...resultOf<Record<string, never>>(),
});
