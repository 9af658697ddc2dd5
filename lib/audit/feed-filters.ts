import { z } from "zod";

/**
 * The query of GET /api/operations-history: `?since=<epoch ms>` asks for the operations that started or ended
 * after it (absent: the counts only). Messages are `audit.filter.*` keys, translated by the route.
 */
export const feedFilterSchema = z.object({
  since: z
    .string()
    .transform((value, ctx) => {
      const since = Number(value);
      if (Number.isSafeInteger(since) && since >= 0) return since;
      ctx.addIssue({ code: "custom", message: "audit.filter.date" });
      return z.NEVER;
    })
    .optional(),
});
