import { z } from "zod";
import { nextToken, requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";

export interface TransitRouterMulticastAssociation {
  ResourceId: string;
  ResourceOwnerId?: number;
  ResourceType: string;
  Status: "Associated" | "Associating" | "Dissociating";
  TransitRouterAttachmentId: string;
  TransitRouterMulticastDomainId: string;
  VSwitchId: string;
}

/** Which vSwitches are associated with a domain: decides which ENIs can be sources (apis.md §2.5). */
export const listTransitRouterMulticastDomainAssociations = defineOperation({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "ListTransitRouterMulticastDomainAssociations",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: {},
  input: z.object({
    TransitRouterMulticastDomainId: requiredId("tr-mcast-domain-"),
    ResourceId: z.string().min(1).optional(),
    VSwitchIds: z.array(z.string().min(1)).max(20).optional(),
    MaxResults: z.number().int().min(1).max(100).optional(),
    NextToken: nextToken.optional(),
  }),
  ...resultOf<{
    TotalCount: number;
    MaxResults: number;
    NextToken?: string;
    TransitRouterMulticastAssociations: TransitRouterMulticastAssociation[];
  }>(),
  errors: {},
});
