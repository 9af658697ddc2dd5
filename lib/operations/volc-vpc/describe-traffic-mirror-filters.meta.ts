import { defineOperationMeta, resultOf } from "../define-operation";
import type { TrafficMirrorFilter } from "./traffic-mirror-types";
import { volcVpcBase } from "./volc-vpc-base";

export const describeTrafficMirrorFiltersMeta = defineOperationMeta({
  ...volcVpcBase,
  action: "DescribeTrafficMirrorFilters",
  kind: "query",
  ...resultOf<{ RequestId: string; NextToken?: string; TrafficMirrorFilters: TrafficMirrorFilter[] }>(),
});
