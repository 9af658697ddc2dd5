import { z } from "zod";

export const volcPaging = {
  MaxResults: z.number().int().min(1).max(100).optional(),
  NextToken: z.string().min(1).optional(),
};

export const volcProjectName = z.string().trim().min(1).max(64).optional();
