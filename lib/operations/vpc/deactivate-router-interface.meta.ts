import { defineOperationMeta, resultOf } from "../define-operation";

/** apis.md §3.2 lifecycle: Active → Deactivating → Inactive. */
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
  errors: {
    "InvalidRouterInterfaceId.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "RouterInterfaceId",
      en: "The router interface does not exist.",
      zh: "路由器接口不存在。",
    },
    IncorrectStatus: {
      httpStatus: 400,
      class: "user-fix",
      en: "Only an Active interface can be deactivated.",
      zh: "只有已激活（Active）的接口可以冻结。",
    },
  },
});
