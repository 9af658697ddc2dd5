import { z } from "zod";
import { pageNumber, pageSize } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";
import type { RouterInterface } from "./router-interface";

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

/** Table + status poll (apis.md §3.2): `Filter.N.Key`/`Filter.N.Value.M`, keys AND-ed, values OR-ed. */
export const describeRouterInterfaces = defineOperation({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "DescribeRouterInterfaces",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: { param: "RegionId" },
  input: z.object({
    Filter: z
      .array(z.object({ Key: z.enum(filterKeys), Value: z.array(z.string().min(1)).min(1).max(5) }))
      .max(5)
      .optional(),
    PageNumber: pageNumber.optional(),
    PageSize: pageSize(50).optional(),
  }),
  ...resultOf<{
    PageNumber: number;
    PageSize: number;
    TotalCount: number;
    RouterInterfaceSet: { RouterInterfaceType: RouterInterface[] };
  }>(),
  errors: {},
});
