"use client";

import { useState } from "react";
import type { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import { createTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/create-traffic-mirror-session.meta";
import type { deleteTrafficMirrorSession } from "@/lib/operations/volc-vpc/delete-traffic-mirror-session";
import { deleteTrafficMirrorSessionMeta } from "@/lib/operations/volc-vpc/delete-traffic-mirror-session.meta";
import { describeVolcNetworkInterfacesMeta } from "@/lib/operations/volc-vpc/describe-network-interfaces.meta";
import { describeTrafficMirrorFiltersMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-filters.meta";
import { describeTrafficMirrorSessionsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import { describeTrafficMirrorTargetsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-targets.meta";
import { allPagesOptions } from "@/lib/queries/all-pages";
import { useAllPagesProgressively } from "@/lib/queries/all-pages-progressively";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import type { WholeList } from "@/lib/queries/whole-list";
import { operationPagesOptions, pagedList } from "@/lib/queries/operation-pages";
import { tokenPaging } from "@/lib/queries/paging";
import { pollWhileMoving } from "@/lib/queries/poll-while";
import {
  VOLC_VPC_MAX_RESULTS,
  type TrafficMirrorSession,
} from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { SessionWatch } from "./session-watch";

/**
 * The mirror-sessions data layer: the region's sessions (the table and the form's taken priorities), the lists the
 * create form picks from, and the create and delete mutations with the watch they feed.
 */

/** Volcengine VPC lists page by NextToken; pages as large as the cloud allows, for the fewest calls. */
const PAGE = { MaxResults: VOLC_VPC_MAX_RESULTS };

/**
 * The form needs every session of the region to know which priorities are taken, so the list reads them all. Fleets
 * reach 10,000 sessions (issue #17's bench); 200 pages of 100 covers 20,000 and still stops a NextToken that never
 * ends.
 */
export const MAX_SESSION_PAGES = 200;

/**
 * The region page's list of sessions, page by page: the palette reads this same entry (lib/queries/whole-list.ts),
 * so a list the page holds is not read again, and the page finds what the palette read.
 */
export function sessionsList(region: string) {
  return pagedList(describeTrafficMirrorSessionsMeta, region, PAGE, tokenPaging());
}

/** Every session of a region in one query: "All regions" reads each region this way. */
export function sessionsQueryOptions(region: string) {
  return allPagesOptions(
    describeTrafficMirrorSessionsMeta,
    region,
    PAGE,
    tokenPaging(),
    (page) => page.TrafficMirrorSessions,
    { maxPages: MAX_SESSION_PAGES },
  );
}

/** A region's whole list as the palette finds or reads it: this page's entry, or its "All regions" entry. */
export function wholeSessionsList(region: string): WholeList<typeof describeTrafficMirrorSessionsMeta> {
  return {
    list: sessionsList(region),
    maxPages: MAX_SESSION_PAGES,
    allKey: sessionsQueryOptions(region).queryKey,
  };
}

/** The lists the create form picks from, page by page ("Load more"). */
export const mirrorLists = {
  sourceEnis: (region: string) => pagedList(describeVolcNetworkInterfacesMeta, region, PAGE, tokenPaging()),
  targets: (region: string) => pagedList(describeTrafficMirrorTargetsMeta, region, PAGE, tokenPaging()),
  filters: (region: string) => pagedList(describeTrafficMirrorFiltersMeta, region, PAGE, tokenPaging()),
};

const sessionsOf = (page: { TrafficMirrorSessions: TrafficMirrorSession[] }) => page.TrafficMirrorSessions;

/**
 * One region's mirror sessions: the list (watched while a session moves or one of our changes has not shown yet)
 * and the create and delete mutations. Each mutation tells the watch what it started before the list is read again,
 * so that one re-read is what the poller starts from.
 *
 * The pages are read one after the other and shown as they come (a fleet of 10,000 is 100 pages: the first rows
 * show after one call, not after the hundredth); `complete` says the walk is over, which the form waits for
 * before it says which priorities are free.
 */
export function useRegionSessions(region: string) {
  const [watch] = useState(() => new SessionWatch());
  const sessions = useAllPagesProgressively(
    {
      ...operationPagesOptions(sessionsList(region)),
      refetchInterval: pollWhileMoving((data) => watch.moving(data.pages.flatMap(sessionsOf))),
    },
    sessionsOf,
    MAX_SESSION_PAGES,
  );
  const create = useCatalogMutation<typeof createTrafficMirrorSession>(
    createTrafficMirrorSessionMeta,
    region,
    {
      onSent: ({ result }) => watch.expectCreated(result.TrafficMirrorSessionId),
    },
  );
  const remove = useCatalogMutation<typeof deleteTrafficMirrorSession>(
    deleteTrafficMirrorSessionMeta,
    region,
    {
      onSent: (_, input) => watch.expectGone(input.TrafficMirrorSessionId),
    },
  );
  return { sessions, create, remove };
}
