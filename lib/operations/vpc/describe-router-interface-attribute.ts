import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { describeRouterInterfaceAttributeMeta } from "./describe-router-interface-attribute.meta";

export const describeRouterInterfaceAttribute = defineOperation(
  describeRouterInterfaceAttributeMeta,
  z.object({ InstanceId: requiredId("ri-") }),
  {
    "InvalidParam.NotNull": {
      httpStatus: 400,
      class: "user-fix",
      field: "InstanceId",
      en: "The router interface ID is required.",
      zh: "必须填写路由器接口 ID。",
    },
    "InvalidRouterInterfaceId.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "InstanceId",
      en: "The router interface does not exist.",
      zh: "路由器接口不存在。",
    },
  },
);
