import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { gaPaging } from "./ga-input";
import { listCustomRoutingPortMappingsMeta } from "./list-custom-routing-port-mappings.meta";

export type { CustomRoutingPortMapping } from "./list-custom-routing-port-mappings.meta";

export const listCustomRoutingPortMappings = defineOperation(
  listCustomRoutingPortMappingsMeta,
  z.object({
    AcceleratorId: requiredId("ga-"),
    ListenerId: requiredId("lsr-").optional(),
    EndpointGroupId: requiredId("epg-").optional(),
    ...gaPaging,
  }),
);
