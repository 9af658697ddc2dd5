import { z } from "zod";
import { defineOperation, resultOf } from "../define-operation";
import { volcPaging, volcProjectName, volcVpcBase } from "./volc-vpc-input";
import type { TrafficMirrorFilter } from "./traffic-mirror-types";

export const describeTrafficMirrorFilters = defineOperation({
  ...volcVpcBase,
  action: "DescribeTrafficMirrorFilters",
  kind: "query",
  input: z.object({
    TrafficMirrorFilterIds: z.array(z.string().min(1)).max(100).optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
  ...resultOf<{ RequestId: string; NextToken?: string; TrafficMirrorFilters: TrafficMirrorFilter[] }>(),
  errors: {},
});
