import { z } from "zod";
import { OUTCOMES } from "./audit-types";

/**
 * The filters of GET /api/audit and /api/audit/export (browser-safe: the /activity page builds its links from
 * the same names). Messages are `audit.filter.*` keys, translated by the route.
 */
export const MAX_PAGE = 200;
export const DEFAULT_PAGE = 50;

/** An instant: epoch milliseconds, an ISO 8601 date-time, or a date (midnight UTC). */
const instant = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const ms = /^\d{1,15}$/.test(value)
      ? Number(value)
      : /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
        ? Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
        : NaN;
    if (!Number.isFinite(ms)) {
      ctx.addIssue({ code: "custom", message: "audit.filter.date" });
      return z.NEVER;
    }
    return ms;
  });

/** Opaque to clients: the (time, position) of the last event of the previous page, base64url JSON. */
export function encodeCursor(at: number, seq: number): string {
  return Buffer.from(JSON.stringify([at, seq])).toString("base64url");
}

const cursor = z
  .string()
  .trim()
  .transform((value, ctx) => {
    try {
      const decoded: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
      if (
        Array.isArray(decoded) &&
        decoded.length === 2 &&
        decoded.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)
      )
        return { at: decoded[0] as number, seq: decoded[1] as number };
    } catch {
      // Falls through to the field error.
    }
    ctx.addIssue({ code: "custom", message: "audit.filter.cursor" });
    return z.NEVER;
  });

const text = (max: number) => z.string().trim().min(1, "audit.filter.empty").max(max, "audit.filter.tooLong");

export const auditFilterSchema = z
  .strictObject(
    {
      actor: text(320).optional(),
      // An exact action, or a prefix ending in "*" (`users.*`, `volcengine.vpc.*`).
      action: text(200)
        .regex(/^[A-Za-z0-9._-]+\*?$/, "audit.filter.action")
        .optional(),
      outcome: z.enum(OUTCOMES, { error: "audit.filter.outcome" }).optional(),
      // A resource id, RequestId or ClientToken, exactly.
      resource: text(200).optional(),
      from: instant.optional(),
      to: instant.optional(),
      limit: z.coerce
        .number({ error: "audit.filter.limit" })
        .int("audit.filter.limit")
        .min(1, "audit.filter.limit")
        .max(MAX_PAGE, "audit.filter.limit")
        .default(DEFAULT_PAGE),
      cursor: cursor.optional(),
      format: z.enum(["csv", "jsonl"], { error: "audit.filter.format" }).optional(),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? "audit.filter.unknown" : undefined) },
  )
  .refine((f) => f.from === undefined || f.to === undefined || f.from < f.to, {
    message: "audit.filter.range",
    path: ["to"],
  });

export type AuditFilters = z.output<typeof auditFilterSchema>;
