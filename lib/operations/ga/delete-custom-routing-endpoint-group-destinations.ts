import { z } from "zod";
import { clientToken, dryRun, requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import {
  deleteCustomRoutingEndpointGroupDestinationsMeta,
  MAX_DELETE_DESTINATIONS,
} from "./delete-custom-routing-endpoint-group-destinations.meta";

export const deleteCustomRoutingEndpointGroupDestinations = defineOperation(
  deleteCustomRoutingEndpointGroupDestinationsMeta,
  z.object({
    EndpointGroupId: requiredId("epg-"),
    DestinationIds: z.array(requiredId("dst-")).min(1, "validation.required").max(MAX_DELETE_DESTINATIONS),
    ClientToken: clientToken.optional(),
    DryRun: dryRun.optional(),
  }),
  {
    "StateError.EndPointGroup": {
      httpStatus: 400,
      class: "retryable",
      en: "The endpoint group is being updated; wait until it is active.",
      zh: "终端节点组正在更新，请等待其变为可用（active）。",
    },
    "NotExist.EndPointGroup": {
      httpStatus: 400,
      class: "user-fix",
      en: "The endpoint group does not exist.",
      zh: "终端节点组不存在。",
    },
    "NotExist.Destination": {
      httpStatus: 400,
      class: "user-fix",
      en: "A destination does not exist.",
      zh: "映射不存在。",
    },
  },
);
