import "server-only";
import type { Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import type { OpenResource, ResourceKind } from "@/lib/overview/overview-types";
import { GONE, parseProgress } from "./judge";

/**
 * Tracker → the overview's kind and its id for a tracked resource key (lib/audit/history/trackers.ts). The
 * multicast key is `domain|group|eni`; the overview names such a source `group eni` under its domain.
 */
const OVERVIEW_ITEM: Record<string, (key: string) => { kind: ResourceKind; id: string; parent?: string }> = {
  multicastSource: (key) => {
    const [domain = "", group = "", eni = ""] = key.split("|");
    return { kind: "multicastSources", id: `${group} ${eni}`, parent: domain };
  },
  routerInterface: (key) => ({ kind: "routerInterfaces", id: key }),
  mirrorSession: (key) => ({ kind: "mirrorSessions", id: key }),
  gaEndpointGroup: (key) => ({ kind: "gaDestinations", id: key }),
};

/**
 * The resources of every open operation (one indexed read: state = 'open'), with the last status the console saw,
 * the person who started it and when. The overview joins these to what the clouds list, so its "in progress"
 * names who is acting and survives a restart of the console.
 */
export async function openResources(db: Kysely<ConsoleTables>): Promise<OpenResource[]> {
  const rows = await db
    .selectFrom("audit_operation")
    .select(["id", "tracker", "region", "actor", "resources", "last_status", "submitted_at"])
    .where("state", "=", "open")
    .orderBy("submitted_at", "desc")
    .limit(200)
    .execute();
  return rows.flatMap((row) => {
    const item = OVERVIEW_ITEM[row.tracker];
    if (!item) return [];
    const seen = parseProgress(row.last_status).status;
    return (JSON.parse(row.resources) as string[]).map((key) => ({
      ...item(key),
      // Not seen yet (or already gone): the operation is what we know of it.
      status: seen[key] && seen[key] !== GONE ? seen[key] : "",
      region: row.region,
      startedBy: row.actor,
      operationId: row.id,
      since: Number(row.submitted_at),
    }));
  });
}
