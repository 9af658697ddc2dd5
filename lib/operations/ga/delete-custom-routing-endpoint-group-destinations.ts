import { z } from "zod";
import { clientToken, dryRun, requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { deleteCustomRoutingEndpointGroupDestinationsMeta } from "./delete-custom-routing-endpoint-group-destinations.meta";

export const deleteCustomRoutingEndpointGroupDestinations = defineOperation(
  deleteCustomRoutingEndpointGroupDestinationsMeta,
  z.object({
    EndpointGroupId: requiredId("epg-"),
    DestinationIds: z.array(requiredId("dst-")).min(1, "validation.required").max(100),
    ClientToken: clientToken.optional(),
    DryRun: dryRun.optional(),
  }),
);
