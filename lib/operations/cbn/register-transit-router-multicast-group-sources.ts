import { z } from "zod";
import { clientToken, dryRun, requiredId } from "@/lib/schemas/common";
import { multicastGroupIp } from "@/lib/schemas/ipv4";
import { defineOperation } from "../define-operation";
import { registerTransitRouterMulticastGroupSourcesMeta } from "./register-transit-router-multicast-group-sources.meta";

export const registerTransitRouterMulticastGroupSources = defineOperation(
  registerTransitRouterMulticastGroupSourcesMeta,
  z.object({
    TransitRouterMulticastDomainId: requiredId("tr-mcast-domain-"),
    GroupIpAddress: multicastGroupIp,
    // Optional in the schema but "currently required" in the note; at most five per call (seed, §10.3).
    NetworkInterfaceIds: z
      .array(requiredId("eni-"))
      .min(1, "validation.enis.min")
      .max(5, "validation.enis.max")
      .refine((ids) => new Set(ids).size === ids.length, "validation.enis.unique"),
    VpcId: requiredId("vpc-").optional(),
    ClientToken: clientToken.optional(),
    DryRun: dryRun.optional(),
  }),
);
