import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";
import { gaPaging, gaPort, gaRegion } from "./ga-input";
import type { CustomRoutingDestination, Paged } from "./ga-types";

export const listCustomRoutingEndpointGroupDestinations = defineOperation({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListCustomRoutingEndpointGroupDestinations",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  input: z.object({
    AcceleratorId: requiredId("ga-"),
    ListenerId: requiredId("lsr-").optional(),
    EndpointGroupId: requiredId("epg-").optional(),
    FromPort: gaPort.optional(),
    ToPort: gaPort.optional(),
    Protocols: z
      .array(z.enum(["TCP", "UDP"]))
      .max(10)
      .optional(),
    ...gaPaging,
  }),
  ...resultOf<Paged & { Destinations: CustomRoutingDestination[] }>(),
  errors: {},
});
