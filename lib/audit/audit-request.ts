import "server-only";
import { refusal, translator } from "@/lib/auth/entrance";
import type { Locale } from "@/lib/i18n/locales";
import { issueFields } from "@/lib/proxy/query-params";
import { auditFilterSchema, type AuditFilters } from "./audit-filters";

/** The query string as filters, or the 400 naming each bad field (in the request's language). */
export function parseAuditFilters(
  url: URL,
  locale: Locale,
): { ok: true; filters: AuditFilters } | { ok: false; response: Response } {
  const t = translator(locale);
  const raw: Record<string, string> = {};
  const repeated: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (key in raw) repeated.push(key);
    raw[key] = value;
  }
  const parsed = auditFilterSchema.safeParse(raw);
  const fields = repeated.map((path) => ({ path, message: t("audit.filter.repeated") }));
  if (parsed.success && fields.length === 0) return { ok: true, filters: parsed.data };
  if (!parsed.success) fields.push(...issueFields(parsed.error.issues, locale));
  return {
    ok: false,
    response: refusal(400, "request", "InvalidInput", t("audit.filter.invalid"), { fields }),
  };
}
