import { defineOperationMeta, resultOf } from "../define-operation";

export interface TransitRouterMulticastAssociation {
  ResourceId: string;
  ResourceOwnerId?: number;
  ResourceType: string;
  Status: "Associated" | "Associating" | "Dissociating";
  TransitRouterAttachmentId: string;
  TransitRouterMulticastDomainId: string;
  VSwitchId: string;
}

/** Which vSwitches are associated with a domain: decides which ENIs can be sources (docs/cloud-apis.md §2.5). */
export const listTransitRouterMulticastDomainAssociationsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "ListTransitRouterMulticastDomainAssociations",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: {},
  ...resultOf<{
    TotalCount: number;
    MaxResults: number;
    NextToken?: string;
    TransitRouterMulticastAssociations: TransitRouterMulticastAssociation[];
  }>(),
});
