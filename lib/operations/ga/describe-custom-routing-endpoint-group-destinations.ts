import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { describeCustomRoutingEndpointGroupDestinationsMeta } from "./describe-custom-routing-endpoint-group-destinations.meta";

export const describeCustomRoutingEndpointGroupDestinations = defineOperation(
  describeCustomRoutingEndpointGroupDestinationsMeta,
  z.object({ DestinationId: requiredId("dst-") }),
  {
    "NotExist.Destination": {
      httpStatus: 400,
      class: "user-fix",
      en: "The destination does not exist.",
      zh: "映射不存在。",
    },
  },
);
