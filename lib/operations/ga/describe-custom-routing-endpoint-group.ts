import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { describeCustomRoutingEndpointGroupMeta } from "./describe-custom-routing-endpoint-group.meta";

export const describeCustomRoutingEndpointGroup = defineOperation(
  describeCustomRoutingEndpointGroupMeta,
  z.object({ EndpointGroupId: requiredId("epg-") }),
  {
    "NotExist.EndPointGroup": {
      httpStatus: 400,
      class: "user-fix",
      en: "The endpoint group does not exist.",
      zh: "终端节点组不存在。",
    },
  },
);
