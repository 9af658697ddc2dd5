import { z } from "zod";
import { nextToken } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";

export interface TransitRouterMulticastDomain {
  CenId: string;
  RegionId: string;
  Status: string;
  TransitRouterId: string;
  TransitRouterMulticastDomainId: string;
  TransitRouterMulticastDomainName?: string;
  TransitRouterMulticastDomainDescription?: string;
  Options?: { Igmpv2Support?: string };
  Tags?: { Key: string; Value: string }[];
}

/** Domain picker (apis.md §2.4). */
export const listTransitRouterMulticastDomains = defineOperation({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "ListTransitRouterMulticastDomains",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: { param: "RegionId" },
  input: z.object({
    CenId: z.string().min(1).optional(),
    TransitRouterId: z.string().min(1).optional(),
    TransitRouterMulticastDomainId: z.string().min(1).optional(),
    MaxResults: z.number().int().min(1).max(100).optional(),
    NextToken: nextToken.optional(),
  }),
  ...resultOf<{
    TotalCount: number;
    MaxResults: number;
    NextToken?: string;
    TransitRouterMulticastDomains: TransitRouterMulticastDomain[];
  }>(),
  errors: {},
});
