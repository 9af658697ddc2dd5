import { z } from "zod";
import { intInRange, pageNumber, pageSize } from "@/lib/schemas/common";
import { GA_MAX_PAGE_SIZE, GA_PORT_RANGE, GA_PROTOCOLS } from "./ga-types";

export const gaPort = intInRange(GA_PORT_RANGE.min, GA_PORT_RANGE.max, "validation.port");

export const gaPaging = {
  PageNumber: pageNumber.optional(),
  PageSize: pageSize(GA_MAX_PAGE_SIZE).optional(),
};

export const gaProtocols = z
  .array(z.enum(GA_PROTOCOLS, { error: "validation.protocols" }))
  .min(1, "validation.protocols")
  .max(2, "validation.protocols")
  .refine((p) => new Set(p).size === p.length, "validation.protocols");
