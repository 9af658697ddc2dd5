import { defineOperationMeta, resultOf } from "../define-operation";
import type { TrafficMirrorSession } from "./traffic-mirror-types";
import { volcVpcBase } from "./volc-vpc-base";

/** List + status poll (docs/cloud-apis.md §6.2): NextToken paging, no TotalCount. */
export const describeTrafficMirrorSessionsMeta = defineOperationMeta({
  ...volcVpcBase,
  action: "DescribeTrafficMirrorSessions",
  docsUrl: "https://www.volcengine.com/docs/6401/1157322",
  kind: "query",
  ...resultOf<{ RequestId: string; NextToken?: string; TrafficMirrorSessions: TrafficMirrorSession[] }>(),
});
