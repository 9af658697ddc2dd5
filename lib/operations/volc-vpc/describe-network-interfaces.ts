import { z } from "zod";
import { idFilter } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { volcPaging, volcProjectName } from "./volc-vpc-input";
import { describeVolcNetworkInterfacesMeta } from "./describe-network-interfaces.meta";

export const describeVolcNetworkInterfaces = defineOperation(
  describeVolcNetworkInterfacesMeta,
  z.object({
    NetworkInterfaceIds: z.array(idFilter).max(100).optional(),
    VpcId: idFilter.optional(),
    SubnetId: idFilter.optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
);
