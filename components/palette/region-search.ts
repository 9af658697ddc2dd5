import type { QueryClient } from "@tanstack/react-query";
import { sessionsQueryOptions } from "@/lib/data/mirror-sessions/sessions-data";
import { allInterfacesOptions } from "@/lib/data/router-interfaces/use-region-interfaces";
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

/**
 * Reads every region's list through the same query options (and so the same cache entries) as the list pages and
 * their "All regions" views, so a list already read and fresh is not read again, and what the palette reads the
 * lists show. Each list reports when it settles, with its failure when it could not be read; one region's failure
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
        const fresh = { staleTime: REGION_LIST_FRESH_MS };
        if (list.kind === "mirror-session")
          await client.fetchQuery({ ...sessionsQueryOptions(list.region), ...fresh });
        else await client.fetchQuery({ ...allInterfacesOptions(list.region), ...fresh });
        onSettled(list);
      } catch (error) {
        onSettled(list, error);
      }
    }),
  );
}
