import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { describeCustomRoutingEndpointGroupMeta } from "./describe-custom-routing-endpoint-group.meta";

export const describeCustomRoutingEndpointGroup = defineOperation(
  describeCustomRoutingEndpointGroupMeta,
  z.object({ EndpointGroupId: requiredId("epg-") }),
);
