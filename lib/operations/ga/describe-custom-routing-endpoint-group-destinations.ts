import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { describeCustomRoutingEndpointGroupDestinationsMeta } from "./describe-custom-routing-endpoint-group-destinations.meta";

export const describeCustomRoutingEndpointGroupDestinations = defineOperation(
  describeCustomRoutingEndpointGroupDestinationsMeta,
  z.object({ DestinationId: requiredId("dst-") }),
);
