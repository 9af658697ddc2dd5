import { listTransitRouterMulticastDomainAssociationsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-domain-associations.meta";
import {
  CEN_MAX_RESULTS,
  listTransitRouterMulticastDomainsMeta,
} from "@/lib/operations/cbn/list-transit-router-multicast-domains.meta";
import { listTransitRouterMulticastGroupsMeta } from "@/lib/operations/cbn/list-transit-router-multicast-groups.meta";
import { describeAliyunNetworkInterfacesMeta } from "@/lib/operations/ecs/describe-network-interfaces.meta";
import { allPagesOptions } from "@/lib/queries/all-pages";
import { pagedList } from "@/lib/queries/operation-pages";
import { tokenPaging } from "@/lib/queries/paging";

/** The pickers' lists, page by page ("Load more"). */
export const multicastLists = {
  domains: (region: string) =>
    pagedList(listTransitRouterMulticastDomainsMeta, region, { MaxResults: 50 }, tokenPaging()),
  enis: (region: string) =>
    pagedList(describeAliyunNetworkInterfacesMeta, region, { MaxResults: 50 }, tokenPaging()),
};

/**
 * A domain's groups, every page (up to MAX_PAGES): a source past the first 100 is still a source, and the poll
 * waits for its status too.
 */
export function domainGroupsOptions(region: string, domainId: string) {
  return allPagesOptions(
    listTransitRouterMulticastGroupsMeta,
    region,
    { TransitRouterMulticastDomainId: domainId, MaxResults: CEN_MAX_RESULTS },
    tokenPaging(),
    (page) => page.TransitRouterMulticastGroups,
  );
}

/** The domain's vSwitch associations, every page: a vSwitch associated on a later page is still associated. */
export function domainAssociationsOptions(region: string, domainId: string) {
  return allPagesOptions(
    listTransitRouterMulticastDomainAssociationsMeta,
    region,
    { TransitRouterMulticastDomainId: domainId, MaxResults: CEN_MAX_RESULTS },
    tokenPaging(),
    (page) => page.TransitRouterMulticastAssociations,
  );
}
