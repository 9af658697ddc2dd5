import { z } from "zod";
import { idFilter, nextToken } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import {
  CEN_MAX_RESULTS,
  listTransitRouterMulticastDomainsMeta,
} from "./list-transit-router-multicast-domains.meta";

export type { TransitRouterMulticastDomain } from "./list-transit-router-multicast-domains.meta";

export const listTransitRouterMulticastDomains = defineOperation(
  listTransitRouterMulticastDomainsMeta,
  z.object({
    CenId: idFilter.optional(),
    TransitRouterId: idFilter.optional(),
    TransitRouterMulticastDomainId: idFilter.optional(),
    MaxResults: z.number().int().min(1).max(CEN_MAX_RESULTS).optional(),
    NextToken: nextToken.optional(),
  }),
);
