import { z } from "zod";
import { clientToken, dryRun, requiredId } from "@/lib/schemas/common";
import { multicastGroupIp } from "@/lib/schemas/ipv4";
import { defineOperation } from "../define-operation";
import { deregisterTransitRouterMulticastGroupSourcesMeta } from "./deregister-transit-router-multicast-group-sources.meta";

export const deregisterTransitRouterMulticastGroupSources = defineOperation(
  deregisterTransitRouterMulticastGroupSourcesMeta,
  z.object({
    TransitRouterMulticastDomainId: requiredId("tr-mcast-domain-"),
    GroupIpAddress: multicastGroupIp,
    NetworkInterfaceIds: z
      .array(requiredId("eni-"))
      .min(1, "validation.enis.min")
      .max(5, "validation.enis.max"),
    ClientToken: clientToken.optional(),
    DryRun: dryRun.optional(),
  }),
);
