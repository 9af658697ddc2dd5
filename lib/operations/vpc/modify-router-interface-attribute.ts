import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";

/** Sets peer info before connecting (apis.md §3.1, §9). Not idempotent by token; the result is re-read. */
export const modifyRouterInterfaceAttribute = defineOperation({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "ModifyRouterInterfaceAttribute",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId" },
  input: z.object({
    RouterInterfaceId: requiredId("ri-"),
    Name: z.string().min(2).max(128).optional(),
    Description: z.string().min(2).max(256).optional(),
    OppositeInterfaceId: requiredId("ri-").optional(),
    OppositeRouterId: z.string().min(1).optional(),
    OppositeRouterType: z.enum(["VRouter", "VBR"]).optional(),
    OppositeInterfaceOwnerId: z.string().regex(/^\d+$/, "validation.accountId").optional(),
  }),
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
      en: "Peer info can only change while the interface is Idle.",
      zh: "仅在接口空闲（Idle）时可修改对端信息。",
    },
  },
});
