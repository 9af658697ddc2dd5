import { z } from "zod";
import { pageNumber, pageSize } from "@/lib/schemas/common";
import { text } from "@/lib/schemas/text";
import { defineOperation } from "../define-operation";
import {
  describeRouterInterfacesMeta,
  ROUTER_INTERFACES_MAX_PAGE_SIZE,
} from "./describe-router-interfaces.meta";

const filterKeys = [
  "RouterInterfaceId",
  "RouterId",
  "RouterType",
  "RouterInterfaceOwnerId",
  "OppositeInterfaceId",
  "OppositeRouterType",
  "OppositeRouterId",
  "OppositeInterfaceOwnerId",
  "Status",
  "Name",
] as const;

export const describeRouterInterfaces = defineOperation(
  describeRouterInterfacesMeta,
  z.object({
    Filter: z
      .array(z.object({ Key: z.enum(filterKeys), Value: z.array(text().min(1)).min(1).max(5) }))
      .max(5)
      .optional(),
    PageNumber: pageNumber.optional(),
    PageSize: pageSize(ROUTER_INTERFACES_MAX_PAGE_SIZE).optional(),
  }),
);
