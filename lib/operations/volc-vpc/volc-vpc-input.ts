import { z } from "zod";
import { nextToken } from "@/lib/schemas/common";
import { identifier } from "@/lib/schemas/text";
import { VOLC_VPC_MAX_RESULTS } from "./traffic-mirror-types";

export const volcPaging = {
  MaxResults: z.number().int().min(1).max(VOLC_VPC_MAX_RESULTS).optional(),
  NextToken: nextToken.optional(),
};

export const volcProjectName = identifier().min(1).max(64).optional();
