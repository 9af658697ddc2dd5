import { z } from "zod";

/** Volcengine VPC: GET with flattened query, the resource region in the signing scope (apis.md §5.2). */
export const volcVpcBase = {
  cloud: "volcengine",
  product: "vpc",
  version: "2020-04-01",
  method: "GET",
  style: "rpc-query",
  region: {},
} as const;

export const volcPaging = {
  MaxResults: z.number().int().min(1).max(100).optional(),
  NextToken: z.string().min(1).optional(),
};

export const volcProjectName = z.string().trim().min(1).max(64).optional();
