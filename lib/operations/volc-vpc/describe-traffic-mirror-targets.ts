import { z } from "zod";
import { defineOperation, resultOf } from "../define-operation";
import { volcPaging, volcProjectName, volcVpcBase } from "./volc-vpc-input";
import type { TrafficMirrorTarget } from "./traffic-mirror-types";

export const describeTrafficMirrorTargets = defineOperation({
  ...volcVpcBase,
  action: "DescribeTrafficMirrorTargets",
  kind: "query",
  input: z.object({
    TrafficMirrorTargetIds: z.array(z.string().min(1)).max(100).optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
  ...resultOf<{ RequestId: string; NextToken?: string; TrafficMirrorTargets: TrafficMirrorTarget[] }>(),
  errors: {},
});
