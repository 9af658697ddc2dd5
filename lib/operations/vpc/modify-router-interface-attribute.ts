import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { modifyRouterInterfaceAttributeMeta } from "./modify-router-interface-attribute.meta";

export const modifyRouterInterfaceAttribute = defineOperation(
  modifyRouterInterfaceAttributeMeta,
  z.object({
    RouterInterfaceId: requiredId("ri-"),
    Name: z.string().min(2).max(128).optional(),
    Description: z.string().min(2).max(256).optional(),
    OppositeInterfaceId: requiredId("ri-").optional(),
    OppositeRouterId: z.string().min(1).optional(),
    OppositeRouterType: z.enum(["VRouter", "VBR"]).optional(),
    OppositeInterfaceOwnerId: z.string().regex(/^\d+$/, "validation.accountId").optional(),
  }),
);
