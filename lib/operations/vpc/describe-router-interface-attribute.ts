import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { describeRouterInterfaceAttributeMeta } from "./describe-router-interface-attribute.meta";

export const describeRouterInterfaceAttribute = defineOperation(
  describeRouterInterfaceAttributeMeta,
  z.object({ InstanceId: requiredId("ri-") }),
);
