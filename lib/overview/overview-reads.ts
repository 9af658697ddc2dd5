import "server-only";
import { listTransitRouterMulticastDomains } from "@/lib/operations/cbn/list-transit-router-multicast-domains";
import { listTransitRouterMulticastGroups } from "@/lib/operations/cbn/list-transit-router-multicast-groups";
import { listAccelerators } from "@/lib/operations/ga/list-accelerators";
import { listCustomRoutingEndpointGroups } from "@/lib/operations/ga/list-custom-routing-endpoint-groups";
import { describeRelaySourceV3 } from "@/lib/operations/live/describe-relay-source-v3";
import { listDomainDetail } from "@/lib/operations/live/list-domain-detail";
import type { OperationDef, OutputOf } from "@/lib/operations/types";
import { describeTrafficMirrorSessions } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions";
import { describeRouterInterfaces } from "@/lib/operations/vpc/describe-router-interfaces";
import { GA_MAX_PAGE_SIZE } from "@/lib/operations/ga/ga-types";
import { CEN_MAX_RESULTS } from "@/lib/operations/cbn/list-transit-router-multicast-domains.meta";
import { VOLC_VPC_MAX_RESULTS } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { ROUTER_INTERFACES_MAX_PAGE_SIZE } from "@/lib/operations/vpc/describe-router-interfaces.meta";

/**
 * What the overview reads per resource kind and region: the first page of each list (the overview is a glance,
 * not an inventory). Each read says whether a list had more pages, so the summary can say "at least".
 */

/** One cloud read: the operation's result in a region (collect-overview.ts bounds how many run at once). */
export type OverviewCall = <Op extends OperationDef>(
  op: Op,
  input: Readonly<Record<string, unknown>>,
  region: string,
) => Promise<OutputOf<Op>>;

export interface Item {
  id: string;
  status: string;
  region: string;
  parent?: string;
}

export interface Read {
  items: Item[];
  /** A list behind these items had more than the page read. */
  truncated: boolean;
}

export type Reader = (call: OverviewCall, region: string) => Promise<Read>;

// Token paging (CEN, Volcengine VPC): an absent or empty NextToken marks the last page (docs/cloud-apis.md §2.2).
const hasNextToken = (token: string | undefined) => token !== undefined && token !== "";

function merge(parts: Read[], truncated: boolean): Read {
  return { items: parts.flatMap((p) => p.items), truncated: truncated || parts.some((p) => p.truncated) };
}

export const multicastSources: Reader = async (call, region) => {
  const domains = await call(listTransitRouterMulticastDomains, { MaxResults: CEN_MAX_RESULTS }, region);
  const perDomain = await Promise.all(
    domains.TransitRouterMulticastDomains.map(async (d): Promise<Read> => {
      const input = {
        TransitRouterMulticastDomainId: d.TransitRouterMulticastDomainId,
        IsGroupSource: true,
        MaxResults: CEN_MAX_RESULTS,
      };
      const groups = await call(listTransitRouterMulticastGroups, input, region);
      return {
        items: groups.TransitRouterMulticastGroups.map((g) => ({
          id: `${g.GroupIpAddress} ${g.NetworkInterfaceId}`,
          status: g.Status,
          region,
          parent: d.TransitRouterMulticastDomainId,
        })),
        truncated: hasNextToken(groups.NextToken),
      };
    }),
  );
  return merge(perDomain, hasNextToken(domains.NextToken));
};

export const routerInterfaces: Reader = async (call, region) => {
  const page = await call(describeRouterInterfaces, { PageSize: ROUTER_INTERFACES_MAX_PAGE_SIZE }, region);
  const list = page.RouterInterfaceSet.RouterInterfaceType;
  return {
    items: list.map((ri) => ({ id: ri.RouterInterfaceId, status: ri.Status, region })),
    truncated: page.TotalCount > list.length,
  };
};

export const mirrorSessions: Reader = async (call, region) => {
  const page = await call(describeTrafficMirrorSessions, { MaxResults: VOLC_VPC_MAX_RESULTS }, region);
  return {
    items: page.TrafficMirrorSessions.map((s) => ({
      id: s.TrafficMirrorSessionId,
      status: s.Status,
      region,
    })),
    truncated: hasNextToken(page.NextToken),
  };
};

export const gaGroups: Reader = async (call, region) => {
  const accelerators = await call(listAccelerators, { PageSize: GA_MAX_PAGE_SIZE }, region);
  const perAccelerator = await Promise.all(
    accelerators.Accelerators.map(async (a): Promise<Read> => {
      const groups = await call(
        listCustomRoutingEndpointGroups,
        { AcceleratorId: a.AcceleratorId, PageSize: GA_MAX_PAGE_SIZE },
        region,
      );
      return {
        items: groups.EndpointGroups.map((g) => ({
          id: g.EndpointGroupId,
          status: g.State,
          region,
          parent: a.AcceleratorId,
        })),
        truncated: groups.TotalCount > groups.EndpointGroups.length,
      };
    }),
  );
  return merge(perAccelerator, accelerators.TotalCount > accelerators.Accelerators.length);
};

export const relaySources: Reader = async (call, region) => {
  const domains = await call(listDomainDetail, { PageNum: 1, PageSize: 100 }, region);
  const vhosts = [...new Set(domains.DomainList.map((d) => d.Vhost))];
  const perVhost = await Promise.all(
    vhosts.map(async (Vhost): Promise<Read> => {
      // One read returns a vhost's whole configuration: nothing to page.
      const configs = await call(describeRelaySourceV3, { Vhost }, region);
      // Synchronous API without states: a saved config is "Saved" (it takes effect 3–5 minutes later).
      return {
        items: configs.RelaySourceConfigList.map((c) => ({
          id: `${c.Vhost}/${c.App}`,
          status: "Saved",
          region: "cn-north-1",
          parent: Vhost,
        })),
        truncated: false,
      };
    }),
  );
  return merge(perVhost, domains.Total > domains.DomainList.length);
};
