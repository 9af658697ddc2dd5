import { defineOperationMeta, resultOf } from "../define-operation";

/**
 * Seed op #2 (docs/cloud-apis.md §3.1). Targets VPC 2016-04-28 although the seed page is the legacy ECS API (§1.1).
 * Has no ClientToken, so it is never blindly retried: after an unclear failure the console re-reads status.
 */
export const connectRouterInterfaceMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "ConnectRouterInterface",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId" },
  ...resultOf<Record<string, never>>(),
});
