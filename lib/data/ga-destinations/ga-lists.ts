import { gaRegion } from "@/lib/operations/ga/ga-base";
import { listAcceleratorsMeta } from "@/lib/operations/ga/list-accelerators.meta";
import { listCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-group-destinations.meta";
import { listCustomRoutingEndpointGroupsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-groups.meta";
import { listCustomRoutingPortMappingsMeta } from "@/lib/operations/ga/list-custom-routing-port-mappings.meta";
import { GA_MAX_PAGE_SIZE } from "@/lib/operations/ga/ga-types";
import { listListenersMeta } from "@/lib/operations/ga/list-listeners.meta";
import { allPagesOptions } from "@/lib/queries/all-pages";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { pagedList } from "@/lib/queries/operation-pages";
import { numberPaging } from "@/lib/queries/paging";

/** GA is addressed as cn-hangzhou whatever the region picker says (docs/cloud-apis.md §1.1, §10.5). */
const REGION = gaRegion.fixed;
const PAGE = { PageSize: GA_MAX_PAGE_SIZE };

export const MAPPINGS_PAGE_SIZE = 20;

/** Accelerator → listener → endpoint group: the pickers' lists, page by page ("Load more"). */
export const gaLists = {
  accelerators: () => pagedList(listAcceleratorsMeta, REGION, PAGE, numberPaging()),
  listeners: (acceleratorId: string) =>
    pagedList(listListenersMeta, REGION, { AcceleratorId: acceleratorId, ...PAGE }, numberPaging()),
  groups: (acceleratorId: string, listenerId: string) =>
    pagedList(
      listCustomRoutingEndpointGroupsMeta,
      REGION,
      { AcceleratorId: acceleratorId, ListenerId: listenerId, ...PAGE },
      numberPaging(),
    ),
};

export interface GroupPath {
  acceleratorId: string;
  listenerId: string;
  groupId: string;
}

/**
 * Every destination of the group in one query (pages of GA's largest size), for the table's search, sort and
 * selection. Neither the catalog nor docs/cloud-apis.md §4 states how many destinations a group may hold (only the
 * 20 per request), so the walk keeps its default bound and the table says when the group has more (`truncated`).
 */
export const destinationsOptions = ({ acceleratorId, listenerId, groupId }: GroupPath) =>
  allPagesOptions(
    listCustomRoutingEndpointGroupDestinationsMeta,
    REGION,
    { AcceleratorId: acceleratorId, ListenerId: listenerId, EndpointGroupId: groupId, ...PAGE },
    numberPaging(),
    (page) => page.Destinations,
  );

/** One page of the port mapping table GA derives for the group. */
export const portMappingsOptions = ({ acceleratorId, listenerId, groupId }: GroupPath, page: number) =>
  operationQueryOptions(listCustomRoutingPortMappingsMeta, REGION, {
    AcceleratorId: acceleratorId,
    ListenerId: listenerId,
    EndpointGroupId: groupId,
    PageNumber: page,
    PageSize: MAPPINGS_PAGE_SIZE,
  });
