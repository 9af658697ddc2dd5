import { z } from "zod";
import { idFilter } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { volcPaging, volcProjectName } from "./volc-vpc-input";
import { describeTrafficMirrorTargetsMeta } from "./describe-traffic-mirror-targets.meta";

export const describeTrafficMirrorTargets = defineOperation(
  describeTrafficMirrorTargetsMeta,
  z.object({
    TrafficMirrorTargetIds: z.array(idFilter).max(100).optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
);
