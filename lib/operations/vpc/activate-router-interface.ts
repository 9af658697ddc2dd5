import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";

/** apis.md §3.2 lifecycle: Inactive → Activating → Active (not while bills are overdue). */
export const activateRouterInterface = defineOperation({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "ActivateRouterInterface",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId" },
  input: z.object({ RouterInterfaceId: requiredId("ri-") }),
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
