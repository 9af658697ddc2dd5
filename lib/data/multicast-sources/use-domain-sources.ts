"use client";

import { useQuery } from "@tanstack/react-query";
import type { deregisterTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/deregister-transit-router-multicast-group-sources";
import { deregisterTransitRouterMulticastGroupSourcesMeta } from "@/lib/operations/cbn/deregister-transit-router-multicast-group-sources.meta";
import type { registerTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { registerTransitRouterMulticastGroupSourcesMeta } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources.meta";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import { pollWhileMoving } from "@/lib/queries/poll-while";
import { isSettled } from "@/lib/status/lifecycles";
import { domainGroupsOptions } from "./multicast-lists";

/**
 * One multicast domain: its groups (watched while a source registers or deregisters; like every poller, it gives
 * up after MAX_POLLS on a source stuck in transition) and the register / deregister mutations.
 */
export function useDomainSources(region: string, domainId: string) {
  const groups = useQuery({
    ...domainGroupsOptions(region, domainId),
    refetchInterval: pollWhileMoving((data) =>
      data.items
        .filter((g) => !isSettled("multicastSource", g.Status))
        .map((g) => `${g.GroupIpAddress}/${g.NetworkInterfaceId}:${g.Status}`),
    ),
  });
  const register = useCatalogMutation<typeof registerTransitRouterMulticastGroupSources>(
    registerTransitRouterMulticastGroupSourcesMeta,
    region,
  );
  const deregister = useCatalogMutation<typeof deregisterTransitRouterMulticastGroupSources>(
    deregisterTransitRouterMulticastGroupSourcesMeta,
    region,
  );
  return { groups, register, deregister };
}
