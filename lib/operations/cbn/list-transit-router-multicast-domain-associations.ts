import { z } from "zod";
import { idFilter, nextToken, requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { CEN_MAX_RESULTS } from "./list-transit-router-multicast-domains.meta";
import { listTransitRouterMulticastDomainAssociationsMeta } from "./list-transit-router-multicast-domain-associations.meta";

export type { TransitRouterMulticastAssociation } from "./list-transit-router-multicast-domain-associations.meta";

export const listTransitRouterMulticastDomainAssociations = defineOperation(
  listTransitRouterMulticastDomainAssociationsMeta,
  z.object({
    TransitRouterMulticastDomainId: requiredId("tr-mcast-domain-"),
    ResourceId: idFilter.optional(),
    VSwitchIds: z.array(idFilter).max(20).optional(),
    MaxResults: z.number().int().min(1).max(CEN_MAX_RESULTS).optional(),
    NextToken: nextToken.optional(),
  }),
);
