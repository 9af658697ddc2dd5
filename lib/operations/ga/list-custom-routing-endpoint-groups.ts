import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { gaPaging } from "./ga-input";
import { listCustomRoutingEndpointGroupsMeta } from "./list-custom-routing-endpoint-groups.meta";

export const listCustomRoutingEndpointGroups = defineOperation(
  listCustomRoutingEndpointGroupsMeta,
  z.object({
    AcceleratorId: requiredId("ga-"),
    ListenerId: requiredId("lsr-").optional(),
    EndpointGroupId: requiredId("epg-").optional(),
    ...gaPaging,
  }),
);
