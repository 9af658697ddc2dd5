import { z } from "zod";
import { defineOperation } from "../define-operation";
import { volcPaging, volcProjectName } from "./volc-vpc-input";
import { describeTrafficMirrorFiltersMeta } from "./describe-traffic-mirror-filters.meta";

export const describeTrafficMirrorFilters = defineOperation(
  describeTrafficMirrorFiltersMeta,
  z.object({
    TrafficMirrorFilterIds: z.array(z.string().min(1)).max(100).optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
);
