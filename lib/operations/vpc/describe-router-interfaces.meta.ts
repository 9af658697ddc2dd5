import { defineOperationMeta, resultOf } from "../define-operation";
import type { RouterInterface } from "./router-interface";

/** The most router interfaces DescribeRouterInterfaces returns per page (`PageSize` 1–50, docs/cloud-apis.md §3.2). */
export const ROUTER_INTERFACES_MAX_PAGE_SIZE = 50;

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
