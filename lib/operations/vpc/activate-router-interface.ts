import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { activateRouterInterfaceMeta } from "./activate-router-interface.meta";

export const activateRouterInterface = defineOperation(
  activateRouterInterfaceMeta,
  z.object({ RouterInterfaceId: requiredId("ri-") }),
  {
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
);
