import "server-only";
import type { Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import type { Overview } from "@/lib/overview/overview-types";

/**
 * The overview's "recent failures", from the audit trail (so they survive restarts and name the person and the
 * resource): mutations that failed, ended unknown, or that the cloud refused — newest first. Refusals that never
 * reached the cloud (input, role) are the person's own to fix and stay on /activity.
 */
export async function recentFailures(db: Kysely<ConsoleTables>, limit = 10): Promise<Overview["failures"]> {
  const rows = await db
    .selectFrom("audit_event")
    .select(["at", "action", "region", "error_code", "error_message", "request_id", "actor", "resources"])
    .where("phase", "=", "outcome")
    .where((eb) =>
      eb.or([
        eb("outcome", "in", ["failed", "unknown"]),
        eb.and([eb("outcome", "=", "refused"), eb("reason", "=", "cloud")]),
      ]),
    )
    .orderBy("at", "desc")
    .orderBy("seq", "desc")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    at: new Date(row.at).toISOString(),
    operationId: row.action,
    region: row.region ?? "",
    code: row.error_code ?? "",
    message: row.error_message ?? "",
    requestId: row.request_id ?? "",
    actor: row.actor,
    resources: JSON.parse(row.resources) as string[],
  }));
}
