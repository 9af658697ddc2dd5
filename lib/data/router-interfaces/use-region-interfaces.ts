"use client";

import { useQuery } from "@tanstack/react-query";
import type { connectRouterInterface } from "@/lib/operations/vpc/connect-router-interface";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { pollWhileMoving } from "@/lib/queries/poll-while";
import { isSettled } from "@/lib/status/lifecycles";

export const INTERFACES_PAGE_SIZE = 10;

/**
 * One page of a region's router interfaces, watched while any of them moves (bounded like every poller: an
 * interface stuck in transition stops being re-read after MAX_POLLS), and the Connect mutation. Connect has no
 * ClientToken and is never retried blindly: after an unclear failure the pair view re-reads both sides.
 */
export function useRegionInterfaces(region: string, page: number) {
  const list = useQuery({
    ...operationQueryOptions(describeRouterInterfacesMeta, region, {
      PageNumber: page,
      PageSize: INTERFACES_PAGE_SIZE,
    }),
    refetchInterval: pollWhileMoving((data) =>
      data.RouterInterfaceSet.RouterInterfaceType.filter(
        (ri) => !isSettled("routerInterface", ri.Status),
      ).map((ri) => `${ri.RouterInterfaceId}:${ri.Status}`),
    ),
  });
  const connect = useCatalogMutation<typeof connectRouterInterface>(connectRouterInterfaceMeta, region);
  return { list, connect };
}
