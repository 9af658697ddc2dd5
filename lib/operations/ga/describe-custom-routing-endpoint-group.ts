import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";
import { gaRegion } from "./ga-input";
import type { CustomRoutingEndpointGroup } from "./ga-types";

/** Status poll for destination changes (apis.md §4.2). */
export const describeCustomRoutingEndpointGroup = defineOperation({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "DescribeCustomRoutingEndpointGroup",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  input: z.object({ EndpointGroupId: requiredId("epg-") }),
  ...resultOf<CustomRoutingEndpointGroup>(),
  errors: {
    "NotExist.EndPointGroup": {
      httpStatus: 400,
      class: "user-fix",
      en: "The endpoint group does not exist.",
      zh: "终端节点组不存在。",
    },
  },
});
