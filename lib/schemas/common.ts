import { z } from "zod";
import type { IdPrefix } from "./resource-id";
import { text, identifier } from "./text";

/**
 * Messages are i18n keys (lib/i18n/messages/validation.ts); the form and the route translate them. Every string
 * starts from lib/schemas/text.ts (well-formed, no control or invisible characters).
 */

/** An id starting with `prefix`; resourceId(prefix) is the same rule without zod, for URL parsers. */
export const requiredId = (prefix: IdPrefix) =>
  identifier({ error: "validation.required" })
    .min(1, { error: "validation.required" })
    .refine((v) => v.startsWith(prefix), { error: `validation.idPrefix.${prefix}` });

/** A free-text identifier the cloud looks up; empty means "not chosen". */
export const requiredText = identifier({ error: "validation.required" }).min(1, "validation.required");

/** An optional id or name filter of a list call: any non-empty identifier. */
export const idFilter = identifier().min(1);

/** Idempotency token: ≤64 ASCII characters (docs/cloud-apis.md §1.6, §6.1 `InvalidParameter.ClientTokenMalformed`). */
export const clientToken = text()
  .max(64, "validation.clientToken")
  .regex(/^[\x20-\x7e]+$/, "validation.clientToken");

export const dryRun = z.boolean();

export const regionId = identifier().regex(/^[a-z]{2,}(-[a-z0-9]+)+$/, "validation.region");

/** An integer within [min, max]; used for ports, priorities, VNIs, packet lengths. */
export const intInRange = (min: number, max: number, key: string) =>
  z
    .number({ error: "validation.number" })
    .int({ error: `${key}` })
    .min(min, { error: key })
    .max(max, { error: key });

export const nextToken = identifier().min(1);

export const pageNumber = z.number().int().min(1);
export const pageSize = (max: number) => z.number().int().min(1).max(max);
/**
 * Marks a parameter that can carry a key or token (e.g. Live's custom origin parameters): the audit trail stores
 * "[redacted]" in its place (lib/audit/redact.ts). Validation is unchanged.
 */
export function sensitive<T extends z.ZodType>(schema: T): T {
  return schema.meta({ sensitive: true }) as T;
}
