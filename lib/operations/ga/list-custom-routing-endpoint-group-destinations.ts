import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { gaPaging, gaPort } from "./ga-input";
import { GA_PROTOCOLS } from "./ga-types";
import { listCustomRoutingEndpointGroupDestinationsMeta } from "./list-custom-routing-endpoint-group-destinations.meta";

export const listCustomRoutingEndpointGroupDestinations = defineOperation(
  listCustomRoutingEndpointGroupDestinationsMeta,
  z.object({
    AcceleratorId: requiredId("ga-"),
    ListenerId: requiredId("lsr-").optional(),
    EndpointGroupId: requiredId("epg-").optional(),
    FromPort: gaPort.optional(),
    ToPort: gaPort.optional(),
    Protocols: z.array(z.enum(GA_PROTOCOLS)).max(10).optional(),
    ...gaPaging,
  }),
);
