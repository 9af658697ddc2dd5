import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";
import { gaPaging, gaRegion } from "./ga-input";
import type { CustomRoutingEndpointGroup, Paged } from "./ga-types";

export const listCustomRoutingEndpointGroups = defineOperation({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListCustomRoutingEndpointGroups",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  input: z.object({
    AcceleratorId: requiredId("ga-"),
    ListenerId: requiredId("lsr-").optional(),
    EndpointGroupId: requiredId("epg-").optional(),
    ...gaPaging,
  }),
  ...resultOf<Paged & { EndpointGroups: CustomRoutingEndpointGroup[] }>(),
  errors: {},
});
