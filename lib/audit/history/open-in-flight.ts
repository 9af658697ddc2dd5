import "server-only";
import type { Kysely } from "kysely";
import type { ConsoleTables } from "@/lib/db/tables";
import { KIND_OF_TRACKER } from "@/lib/overview/overview-kinds";
import type { OpenResource } from "@/lib/overview/overview-types";
import { GONE, parseProgress } from "./judge";

/**
 * Tracker → the overview's kind and its id for a tracked resource key (lib/audit/history/trackers.ts). The
 * multicast key is `domain|group|eni`; the overview names such a source `group eni` under its domain.
 */
const OVERVIEW_ITEM: Record<string, (key: string) => { id: string; parent?: string }> = {
  multicastSource: (key) => {
    const [domain = "", group = "", eni = ""] = key.split("|");
    return { id: `${group} ${eni}`, parent: domain };
  },
  routerInterface: (key) => ({ id: key }),
  mirrorSession: (key) => ({ id: key }),
  gaEndpointGroup: (key) => ({ id: key }),
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
    const kind = KIND_OF_TRACKER[row.tracker];
    if (!item || !kind) return [];
    const seen = parseProgress(row.last_status).status;
    return (JSON.parse(row.resources) as string[]).map((key) => ({
      kind,
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
