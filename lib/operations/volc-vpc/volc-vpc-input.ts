import { z } from "zod";
import { nextToken } from "@/lib/schemas/common";
import { identifier } from "@/lib/schemas/text";

export const volcPaging = {
  MaxResults: z.number().int().min(1).max(100).optional(),
  NextToken: nextToken.optional(),
};

export const volcProjectName = identifier().min(1).max(64).optional();
