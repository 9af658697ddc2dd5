import { z } from "zod";
import { defineOperation } from "../define-operation";
import { volcPaging, volcProjectName } from "./volc-vpc-input";
import { describeTrafficMirrorTargetsMeta } from "./describe-traffic-mirror-targets.meta";

export const describeTrafficMirrorTargets = defineOperation(
  describeTrafficMirrorTargetsMeta,
  z.object({
    TrafficMirrorTargetIds: z.array(z.string().min(1)).max(100).optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
);
