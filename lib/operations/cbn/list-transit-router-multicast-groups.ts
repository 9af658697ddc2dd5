import { z } from "zod";
import { multicastGroupIp } from "@/lib/schemas/ipv4";
import { nextToken, requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";

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

/** Status poll for register/deregister (apis.md §2.2). */
export const listTransitRouterMulticastGroups = defineOperation({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "ListTransitRouterMulticastGroups",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: {},
  input: z.object({
    TransitRouterMulticastDomainId: requiredId("tr-mcast-domain-"),
    GroupIpAddress: multicastGroupIp.optional(),
    NetworkInterfaceIds: z.array(requiredId("eni-")).max(20).optional(),
    IsGroupSource: z.boolean().optional(),
    IsGroupMember: z.boolean().optional(),
    MaxResults: z.number().int().min(1).max(100).optional(),
    NextToken: nextToken.optional(),
  }),
  ...resultOf<{
    TotalCount: number;
    MaxResults: number;
    NextToken?: string;
    TransitRouterMulticastGroups: TransitRouterMulticastGroup[];
  }>(),
  errors: {
    "IllegalParam.TransitRouterMulticastDomainId": {
      httpStatus: 400,
      class: "user-fix",
      field: "TransitRouterMulticastDomainId",
      en: "The multicast domain ID is not valid.",
      zh: "组播域 ID 无效。",
    },
  },
});
