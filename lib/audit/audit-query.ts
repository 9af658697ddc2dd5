import "server-only";
import { sql, type Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import type { AuditEventRow } from "./audit-tables";
import type { AuditEvent } from "./audit-types";
import { encodeCursor, type AuditFilters } from "./audit-filters";
import { eventOfRow } from "./event-rows";
import { operationsOfAttempts } from "./history/history-read";

/**
 * One page of events, newest first, for the filters. Keyset paging on (time, position): a page costs the same
 * at the millionth event as at the first, and every filter rides an index beginning with its own column
 * (actor, action, outcome → then time; a resource id, RequestId or ClientToken → audit_key). An attempt shows
 * only while its call is in flight: afterwards its outcome row says everything the attempt did, and more.
 */
export async function auditPage(
  db: Kysely<ConsoleTables>,
  filters: Omit<AuditFilters, "format">,
  limit = filters.limit,
): Promise<{ rows: AuditEventRow[]; nextCursor: string | null }> {
  const rows = await auditPageQuery(db, filters, limit + 1).execute();
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return { rows: page, nextCursor: more && last ? encodeCursor(last.at, last.seq) : null };
}

/** The query behind {@link auditPage} (the benchmark prints its plans). */
export function auditPageQuery(
  db: Kysely<ConsoleTables>,
  filters: Omit<AuditFilters, "format">,
  limit: number,
) {
  let query = db.selectFrom("audit_event").selectAll();
  if (filters.actor) query = query.where("actor", "=", filters.actor.toLowerCase());
  if (filters.action)
    query = filters.action.endsWith("*")
      ? // substr, not LIKE: case-sensitive and without wildcards on both engines.
        query.where(sql`substr(action, 1, ${filters.action.length - 1})`, "=", filters.action.slice(0, -1))
      : query.where("action", "=", filters.action);
  if (filters.outcome) query = query.where("outcome", "=", filters.outcome);
  if (filters.resource) {
    const resource = filters.resource;
    query = query.where("seq", "in", (eb) =>
      eb.selectFrom("audit_key").select("seq").where("key", "=", resource),
    );
  }
  if (filters.from !== undefined) query = query.where("at", ">=", filters.from);
  if (filters.to !== undefined) query = query.where("at", "<", filters.to);
  const after = filters.cursor;
  if (after)
    // A row-value comparison, not (at < x or (at = x and seq < y)): both engines seek the (…, at, seq) index to it,
    // where the OR form makes PostgreSQL rescan from the newest row on every page.
    query = query.where((eb) => eb(eb.refTuple("at", "seq"), "<", eb.tuple(after.at, after.seq)));
  query = query.where((eb) =>
    eb.or([
      eb("phase", "<>", "attempt"),
      eb("id", "in", eb.selectFrom("audit_pending").select("attempt_id")),
    ]),
  );
  return query.orderBy("at", "desc").orderBy("seq", "desc").limit(limit);
}

/** The page as the API returns it: events with the operation each accepted mutation opened. */
export async function auditEvents(
  db: Kysely<ConsoleTables>,
  filters: Omit<AuditFilters, "format">,
): Promise<{ events: AuditEvent[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await auditPage(db, filters);
  const attempts = rows.map((r) => (r.phase === "outcome" ? r.ref : r.phase === "attempt" ? r.id : null));
  const operations = await operationsOfAttempts(
    db,
    attempts.filter((id): id is string => id !== null),
  );
  const events = rows.map((row, i) => {
    const event = eventOfRow(row);
    event.operationId = attempts[i] ? (operations.get(attempts[i]!) ?? null) : null;
    return event;
  });
  return { events, nextCursor };
}
