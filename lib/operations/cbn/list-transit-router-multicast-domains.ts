import { z } from "zod";
import { idFilter, nextToken } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { listTransitRouterMulticastDomainsMeta } from "./list-transit-router-multicast-domains.meta";

export type { TransitRouterMulticastDomain } from "./list-transit-router-multicast-domains.meta";

export const listTransitRouterMulticastDomains = defineOperation(
  listTransitRouterMulticastDomainsMeta,
  z.object({
    CenId: idFilter.optional(),
    TransitRouterId: idFilter.optional(),
    TransitRouterMulticastDomainId: idFilter.optional(),
    MaxResults: z.number().int().min(1).max(100).optional(),
    NextToken: nextToken.optional(),
  }),
);
