import { z } from "zod";
import { text } from "./text";

/**
 * Volcengine resource tags (docs/cloud-apis.md §6.1): keys unique, a value needs its key, at most 20, key 1–128 and
 * value 0–256 characters. Entries are sent in order as Tags.1…Tags.N, so the index order is always contiguous.
 */
export const volcTags = z
  .array(
    z.object({
      Key: text({ trim: true }).min(1, "validation.tags.keyRequired").max(128, "validation.tags.keyLength"),
      Value: text().max(256, "validation.tags.valueLength").optional(),
    }),
  )
  .max(20, "validation.tags.max")
  .superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, i) => {
      if (seen.has(tag.Key))
        ctx.addIssue({ code: "custom", message: "validation.tags.duplicate", path: [i, "Key"] });
      seen.add(tag.Key);
    });
  });
