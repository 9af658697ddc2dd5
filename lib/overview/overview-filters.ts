import { z } from "zod";
import { isOverviewKind, OVERVIEW_KINDS } from "./overview-kinds";

/**
 * The query of GET /api/overview: `?kinds=a,b` reads only those kinds' lists (absent: every kind). An unknown kind
 * is refused by name, with the known ones. Messages are `overview.error.*` keys, translated by the route.
 */
export const overviewFilterSchema = z.object({
  kinds: z
    .string()
    .transform((value, ctx) => {
      const kinds = value.split(",");
      const unknown = kinds.find((kind) => !isOverviewKind(kind));
      if (unknown === undefined) return kinds.filter(isOverviewKind);
      ctx.addIssue({
        code: "custom",
        message: "overview.error.kind",
        params: { kind: unknown, known: OVERVIEW_KINDS.join(", ") },
      });
      return z.NEVER;
    })
    .optional(),
});
