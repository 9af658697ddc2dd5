import { z } from "zod";
import { multicastGroupIp } from "@/lib/schemas/ipv4";
import { nextToken, requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { CEN_MAX_RESULTS } from "./list-transit-router-multicast-domains.meta";
import { listTransitRouterMulticastGroupsMeta } from "./list-transit-router-multicast-groups.meta";

export type {
  MulticastGroupStatus,
  TransitRouterMulticastGroup,
} from "./list-transit-router-multicast-groups.meta";

export const listTransitRouterMulticastGroups = defineOperation(
  listTransitRouterMulticastGroupsMeta,
  z.object({
    TransitRouterMulticastDomainId: requiredId("tr-mcast-domain-"),
    GroupIpAddress: multicastGroupIp.optional(),
    NetworkInterfaceIds: z.array(requiredId("eni-")).max(20).optional(),
    IsGroupSource: z.boolean().optional(),
    IsGroupMember: z.boolean().optional(),
    MaxResults: z.number().int().min(1).max(CEN_MAX_RESULTS).optional(),
    NextToken: nextToken.optional(),
  }),
  {
    "IllegalParam.TransitRouterMulticastDomainId": {
      httpStatus: 400,
      class: "user-fix",
      field: "TransitRouterMulticastDomainId",
      en: "The multicast domain ID is not valid.",
      zh: "组播域 ID 无效。",
    },
  },
);
