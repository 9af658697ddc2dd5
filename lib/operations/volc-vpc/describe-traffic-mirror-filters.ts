import { z } from "zod";
import { idFilter } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { volcPaging, volcProjectName } from "./volc-vpc-input";
import { describeTrafficMirrorFiltersMeta } from "./describe-traffic-mirror-filters.meta";

export const describeTrafficMirrorFilters = defineOperation(
  describeTrafficMirrorFiltersMeta,
  z.object({
    TrafficMirrorFilterIds: z.array(idFilter).max(100).optional(),
    ProjectName: volcProjectName,
    ...volcPaging,
  }),
);
