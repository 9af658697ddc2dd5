import { defineOperationMeta, resultOf } from "../define-operation";

/** apis.md §3.2 lifecycle: Inactive → Activating → Active (not while bills are overdue). */
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
      en: "Only an Inactive interface can be activated.",
      zh: "只有已冻结（Inactive）的接口可以激活。",
    },
    "Forbidden.BillsOutstanding": {
      httpStatus: 400,
      class: "auth",
      en: "The account has an overdue router-interface bill.",
      zh: "账号存在欠费的路由器接口账单。",
    },
  },
});
