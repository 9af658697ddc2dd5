import { defineOperationMeta, resultOf } from "../define-operation";

export type MulticastGroupStatus = "Registering" | "Registered" | "Deregistering";
export interface TransitRouterMulticastGroup {
  GroupIpAddress: string;
  GroupSource: boolean;
  GroupMember: boolean;
  SourceType?: string;
  MemberType?: string;
  NetworkInterfaceId: string;
  PeerTransitRouterMulticastDomainId?: string;
  ResourceId: string;
  ResourceOwnerId?: number;
  ResourceType: "VPC" | "TR";
  Status: MulticastGroupStatus;
  TransitRouterAttachmentId?: string;
  TransitRouterMulticastDomainId: string;
  VSwitchId: string;
}

/** Status poll for register/deregister (docs/cloud-apis.md §2.2). */
export const listTransitRouterMulticastGroupsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "ListTransitRouterMulticastGroups",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: {},
  ...resultOf<{
    TotalCount: number;
    MaxResults: number;
    NextToken?: string;
    TransitRouterMulticastGroups: TransitRouterMulticastGroup[];
  }>(),
});
