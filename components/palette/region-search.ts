import type { QueryClient } from "@tanstack/react-query";
import { wholeSessionsList } from "@/lib/data/mirror-sessions/sessions-data";
import { wholeInterfacesList } from "@/lib/data/router-interfaces/use-region-interfaces";
import { readWholeList } from "@/lib/queries/whole-list";
import { REGIONS } from "@/lib/regions";

/** One region's list the palette searches besides what the tab has read. */
export interface RegionList {
  kind: "mirror-session" | "router-interface";
  region: string;
}

/** Mirror sessions live in Volcengine's regions, router interfaces in Alibaba Cloud's (lib/regions.ts). */
export const REGION_LISTS: readonly RegionList[] = [
  ...REGIONS.volcengine.map((region) => ({ kind: "mirror-session" as const, region })),
  ...REGIONS.aliyun.map((region) => ({ kind: "router-interface" as const, region })),
];

/**
 * A region list read this recently is not read again when the palette reopens: a fleet's sessions take up to 200
 * pages per region, and an operator opens the palette often.
 */
export const REGION_LIST_FRESH_MS = 30_000;

/** Reads one region's list as its list page does (lib/data/<kind>/), or finds it in its "All regions" entry. */
// A switch without a default: a kind added to RegionList and not here fails to compile (no return on that path).
function readRegionList(client: QueryClient, { kind, region }: RegionList): Promise<void> {
  switch (kind) {
    case "mirror-session":
      return readWholeList(client, wholeSessionsList(region), REGION_LIST_FRESH_MS);
    case "router-interface":
      return readWholeList(client, wholeInterfacesList(region), REGION_LIST_FRESH_MS);
  }
}

/**
 * Reads every region's list through the list pages' own query options (and so their cache entries), so a list a
 * page or an "All regions" view already read, fresh, is not read again, and what the palette reads the region's page
 * shows. Each list reports when it settles, with its failure when it could not be read; one region's failure
 * never stops the others. The matches themselves come from the cache (resourcesInCache).
 */
export async function searchRegions(
  client: QueryClient,
  onSettled: (list: RegionList, error?: unknown) => void,
  lists: readonly RegionList[] = REGION_LISTS,
): Promise<void> {
  await Promise.all(
    lists.map(async (list) => {
      try {
        await readRegionList(client, list);
        onSettled(list);
      } catch (error) {
        onSettled(list, error);
      }
    }),
  );
}
