import { defineOperationMeta, resultOf } from "../define-operation";
import type { RouterInterface } from "./router-interface";

/** Table + status poll (docs/cloud-apis.md §3.2): `Filter.N.Key`/`Filter.N.Value.M`, keys AND-ed, values OR-ed. */
export const describeRouterInterfacesMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "DescribeRouterInterfaces",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: { param: "RegionId" },
  ...resultOf<{
    PageNumber: number;
    PageSize: number;
    TotalCount: number;
    RouterInterfaceSet: { RouterInterfaceType: RouterInterface[] };
  }>(),
});
