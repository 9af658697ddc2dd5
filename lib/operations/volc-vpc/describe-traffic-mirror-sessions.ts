import { z } from "zod";
import { defineOperation } from "../define-operation";
import { volcPaging, volcProjectName } from "./volc-vpc-input";
import { describeTrafficMirrorSessionsMeta } from "./describe-traffic-mirror-sessions.meta";

export const describeTrafficMirrorSessions = defineOperation(
  describeTrafficMirrorSessionsMeta,
  z.object({
    TrafficMirrorSessionIds: z.array(z.string().min(1)).max(100).optional(),
    NetworkInterfaceId: z.string().min(1).optional(),
    TrafficMirrorTargetId: z.string().min(1).optional(),
    TrafficMirrorFilterId: z.string().min(1).optional(),
    Priority: z.number().int().optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
);
