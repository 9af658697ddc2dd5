import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";
import { gaRegion } from "./ga-input";
import type { CustomRoutingDestination } from "./ga-types";

export const describeCustomRoutingEndpointGroupDestinations = defineOperation({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "DescribeCustomRoutingEndpointGroupDestinations",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  input: z.object({ DestinationId: requiredId("dst-") }),
  ...resultOf<CustomRoutingDestination>(),
  errors: {
    "NotExist.Destination": {
      httpStatus: 400,
      class: "user-fix",
      en: "The destination does not exist.",
      zh: "映射不存在。",
    },
  },
});
