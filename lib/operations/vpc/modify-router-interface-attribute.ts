import { z } from "zod";
import { idFilter, requiredId } from "@/lib/schemas/common";
import { text, identifier } from "@/lib/schemas/text";
import { defineOperation } from "../define-operation";
import { modifyRouterInterfaceAttributeMeta } from "./modify-router-interface-attribute.meta";

export const modifyRouterInterfaceAttribute = defineOperation(
  modifyRouterInterfaceAttributeMeta,
  z.object({
    RouterInterfaceId: requiredId("ri-"),
    Name: text().min(2).max(128).optional(),
    Description: text().min(2).max(256).optional(),
    OppositeInterfaceId: requiredId("ri-").optional(),
    OppositeRouterId: idFilter.optional(),
    OppositeRouterType: z.enum(["VRouter", "VBR"]).optional(),
    OppositeInterfaceOwnerId: identifier().regex(/^\d+$/, "validation.accountId").optional(),
  }),
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
      en: "Peer info can only change while the interface is Idle.",
      zh: "仅在接口空闲（Idle）时可修改对端信息。",
    },
  },
);
