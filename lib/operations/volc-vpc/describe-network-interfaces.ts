import { z } from "zod";
import { defineOperation } from "../define-operation";
import { volcPaging, volcProjectName } from "./volc-vpc-input";
import { describeVolcNetworkInterfacesMeta } from "./describe-network-interfaces.meta";

export const describeVolcNetworkInterfaces = defineOperation(
  describeVolcNetworkInterfacesMeta,
  z.object({
    NetworkInterfaceIds: z.array(z.string().min(1)).max(100).optional(),
    VpcId: z.string().min(1).optional(),
    SubnetId: z.string().min(1).optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
);
