import { z } from "zod";
import { defineOperation, resultOf } from "../define-operation";
import { volcPaging, volcProjectName, volcVpcBase } from "./volc-vpc-input";
import type { TrafficMirrorSession } from "./traffic-mirror-types";

/** List + status poll (apis.md §6.2): NextToken paging, no TotalCount. */
export const describeTrafficMirrorSessions = defineOperation({
  ...volcVpcBase,
  action: "DescribeTrafficMirrorSessions",
  kind: "query",
  input: z.object({
    TrafficMirrorSessionIds: z.array(z.string().min(1)).max(100).optional(),
    NetworkInterfaceId: z.string().min(1).optional(),
    TrafficMirrorTargetId: z.string().min(1).optional(),
    TrafficMirrorFilterId: z.string().min(1).optional(),
    Priority: z.number().int().optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
  ...resultOf<{ RequestId: string; NextToken?: string; TrafficMirrorSessions: TrafficMirrorSession[] }>(),
  errors: {},
});
