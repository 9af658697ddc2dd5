import { z } from "zod";
import { idFilter } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { volcPaging, volcProjectName } from "./volc-vpc-input";
import { describeTrafficMirrorSessionsMeta } from "./describe-traffic-mirror-sessions.meta";

export const describeTrafficMirrorSessions = defineOperation(
  describeTrafficMirrorSessionsMeta,
  z.object({
    TrafficMirrorSessionIds: z.array(idFilter).max(100).optional(),
    NetworkInterfaceId: idFilter.optional(),
    TrafficMirrorTargetId: idFilter.optional(),
    TrafficMirrorFilterId: idFilter.optional(),
    Priority: z.number().int().optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
);
