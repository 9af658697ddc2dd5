import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { deactivateRouterInterfaceMeta } from "./deactivate-router-interface.meta";

export const deactivateRouterInterface = defineOperation(
  deactivateRouterInterfaceMeta,
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
      en: "Only an Active interface can be deactivated.",
      zh: "只有已激活（Active）的接口可以冻结。",
    },
  },
);
