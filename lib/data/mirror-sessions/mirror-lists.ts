import { describeVolcNetworkInterfacesMeta } from "@/lib/operations/volc-vpc/describe-network-interfaces.meta";
import { describeTrafficMirrorFiltersMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-filters.meta";
import { describeTrafficMirrorSessionsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import { describeTrafficMirrorTargetsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-targets.meta";
import { allPagesOptions } from "@/lib/queries/all-pages";
import { pagedList } from "@/lib/queries/operation-pages";
import { tokenPaging } from "@/lib/queries/paging";

/** Volcengine VPC lists page by NextToken with MaxResults up to 100 (apis.md §6.2). */
const PAGE = { MaxResults: 100 };

/**
 * Sessions per region are bounded by the account's session quota, far below 50 pages of 100; the bound only guards
 * against a NextToken that never ends. The form needs every session to know which priorities are taken.
 */
const MAX_SESSION_PAGES = 50;

/** Every session of the region in one query (the table and the form's taken priorities read the same data). */
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

/** The lists the create form picks from, page by page ("Load more"). */
export const mirrorLists = {
  sourceEnis: (region: string) => pagedList(describeVolcNetworkInterfacesMeta, region, PAGE, tokenPaging()),
  targets: (region: string) => pagedList(describeTrafficMirrorTargetsMeta, region, PAGE, tokenPaging()),
  filters: (region: string) => pagedList(describeTrafficMirrorFiltersMeta, region, PAGE, tokenPaging()),
};
