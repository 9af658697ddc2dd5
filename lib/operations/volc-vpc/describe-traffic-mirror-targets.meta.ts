import { defineOperationMeta, resultOf } from "../define-operation";
import type { TrafficMirrorTarget } from "./traffic-mirror-types";
import { volcVpcBase } from "./volc-vpc-base";

export const describeTrafficMirrorTargetsMeta = defineOperationMeta({
  ...volcVpcBase,
  action: "DescribeTrafficMirrorTargets",
  kind: "query",
  ...resultOf<{ RequestId: string; NextToken?: string; TrafficMirrorTargets: TrafficMirrorTarget[] }>(),
});
