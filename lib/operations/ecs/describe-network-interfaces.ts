import { z } from "zod";
import { idFilter, nextToken } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { describeAliyunNetworkInterfacesMeta, ECS_MAX_RESULTS } from "./describe-network-interfaces.meta";

export type { AliyunNetworkInterface } from "./describe-network-interfaces.meta";

export const describeAliyunNetworkInterfaces = defineOperation(
  describeAliyunNetworkInterfacesMeta,
  z.object({
    NetworkInterfaceId: z.array(idFilter).max(100).optional(),
    VpcId: idFilter.optional(),
    VSwitchId: idFilter.optional(),
    Status: z.enum(["Available", "Attaching", "InUse", "Detaching", "Deleting"]).optional(),
    MaxResults: z.number().int().min(10).max(ECS_MAX_RESULTS).optional(),
    NextToken: nextToken.optional(),
  }),
);
