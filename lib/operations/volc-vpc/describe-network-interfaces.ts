import { z } from "zod";
import { defineOperation, resultOf } from "../define-operation";
import { volcPaging, volcProjectName, volcVpcBase } from "./volc-vpc-input";
import type { VolcNetworkInterface } from "./traffic-mirror-types";

/** Source-ENI picker (apis.md §6.3); service-managed ENIs are shown but refused (403 `Forbidden`). */
export const describeVolcNetworkInterfaces = defineOperation({
  ...volcVpcBase,
  action: "DescribeNetworkInterfaces",
  kind: "query",
  input: z.object({
    NetworkInterfaceIds: z.array(z.string().min(1)).max(100).optional(),
    VpcId: z.string().min(1).optional(),
    SubnetId: z.string().min(1).optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
  ...resultOf<{
    NetworkInterfaceSets: VolcNetworkInterface[];
    NextToken?: string;
    TotalCount?: number;
  }>(),
  errors: {},
});
