import { auditEvents } from "@/lib/audit/audit-query";
import { parseAuditFilters } from "@/lib/audit/audit-request";
import { guard } from "@/lib/auth/guard";

/**
 * GET /api/audit?actor=&action=&outcome=&resource=&from=&to=&limit=&cursor= → { events, nextCursor }, newest
 * first, for any signed-in person (the /activity page and scripts). Malformed filters → 400 with field paths.
 */
export async function GET(request: Request) {
  const checked = await guard(request, "viewer");
  if (!checked.ok) return checked.response;
  const parsed = parseAuditFilters(new URL(request.url), checked.locale);
  if (!parsed.ok) return parsed.response;
  const page = await auditEvents(checked.runtime.database.db, parsed.filters);
  return Response.json(page, { headers: { "cache-control": "no-store" } });
}
