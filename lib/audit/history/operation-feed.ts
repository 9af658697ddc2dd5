import "server-only";
import { sql, type Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import { FEED_LIMIT, type OperationFeed, type OperationState, type OperationSummary } from "../audit-types";

/**
 * The operations feed: counts and the latest change in one aggregate read (the indexes of migration 0003 make
 * both maxima index lookups); with `since`, also the operations that started or ended after it.
 */
export async function loadOperationFeed(
  db: Kysely<ConsoleTables>,
  since: number | null,
  now = Date.now(),
): Promise<OperationFeed> {
  const totals = await db
    .selectFrom("audit_operation")
    .select([
      sql<string | number | null>`sum(case when state = 'open' then 1 else 0 end)`.as("open"),
      sql<string | number | null>`max(submitted_at)`.as("submitted"),
      sql<string | number | null>`max(closed_at)`.as("closed"),
    ])
    .executeTakeFirstOrThrow();
  const feed: OperationFeed = {
    now,
    open: Number(totals.open ?? 0),
    changedAt: Math.max(Number(totals.submitted ?? 0), Number(totals.closed ?? 0)),
  };
  if (since === null) return feed;
  const rows = await db
    .selectFrom("audit_operation")
    .select([
      "id",
      "action",
      "cloud",
      "region",
      "actor",
      "tracker",
      "resources",
      "state",
      "submitted_at",
      "closed_at",
      "close_reason",
    ])
    .where((eb) => eb.or([eb("submitted_at", ">", since), eb("closed_at", ">", since)]))
    .orderBy(sql`coalesce(closed_at, submitted_at)`, "desc")
    .limit(FEED_LIMIT)
    .execute();
  feed.operations = rows.map((r): OperationSummary => ({
    id: r.id,
    action: r.action,
    cloud: r.cloud,
    region: r.region,
    actor: r.actor,
    kind: r.tracker,
    resources: JSON.parse(r.resources),
    state: r.state as OperationState,
    submittedAt: Number(r.submitted_at),
    closedAt: r.closed_at === null ? null : Number(r.closed_at),
    closeReason: r.close_reason,
  }));
  return feed;
}
