import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { parseQuery } from "@/lib/proxy/query-params";
import { auditFilterSchema, type AuditFilters } from "./audit-filters";

/** The query string as filters, or the 400 naming each bad field (in the request's language). */
export function parseAuditFilters(
  url: URL,
  locale: Locale,
): { ok: true; filters: AuditFilters } | { ok: false; response: Response } {
  const parsed = parseQuery(auditFilterSchema, url, locale, "audit.filter.invalid");
  return parsed.ok ? { ok: true, filters: parsed.params } : parsed;
}
