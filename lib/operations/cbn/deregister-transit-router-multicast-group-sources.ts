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
  {
    "InvalidMulticastDomainId.NotFound": {
      httpStatus: 400,
      class: "user-fix",
      en: "The multicast domain does not exist.",
      zh: "组播域不存在。",
    },
    "IncorrectStatus.MulticastGroupSource": {
      httpStatus: 400,
      class: "retryable",
      en: "The source is still being registered or deregistered.",
      zh: "组播源正在注册或注销中。",
    },
    InstanceNotExist: {
      httpStatus: 400,
      class: "user-fix",
      en: "The source does not exist.",
      zh: "组播源不存在。",
    },
    DryRunOperation: {
      httpStatus: 400,
      class: "user-fix",
      en: "Validation passed (DryRun): nothing was deregistered.",
      zh: "校验通过（DryRun）：未注销任何组播源。",
    },
  },
);
