"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { connectRouterInterface } from "@/lib/operations/vpc/connect-router-interface";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import {
  describeRouterInterfacesMeta,
  ROUTER_INTERFACES_MAX_PAGE_SIZE,
} from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { allPagesOptions, MAX_PAGES } from "@/lib/queries/all-pages";
import { useCatalogMutation } from "@/lib/queries/catalog-mutation";
import type { WholeList } from "@/lib/queries/whole-list";
import { operationPagesOptions, pagedList } from "@/lib/queries/operation-pages";
import { numberPaging } from "@/lib/queries/paging";
import { pollWhileMoving } from "@/lib/queries/poll-while";
import { isSettled } from "@/lib/status/lifecycles";

/** Pages as large as the cloud allows: the fewest calls for a region's whole list. */
const FIRST_PAGE = { PageSize: ROUTER_INTERFACES_MAX_PAGE_SIZE };

const interfacesOf = (page: { RouterInterfaceSet: { RouterInterfaceType: RouterInterface[] } }) =>
  page.RouterInterfaceSet.RouterInterfaceType;

const moving = (items: readonly RouterInterface[]) =>
  items
    .filter((ri) => !isSettled("routerInterface", ri.Status))
    .map((ri) => `${ri.RouterInterfaceId}:${ri.Status}`);

/**
 * The region page's list of interfaces, page by page: the palette reads this same entry (lib/queries/whole-list.ts),
 * so a list the page holds is not read again, and the page finds what the palette read.
 */
export function interfacesList(region: string) {
  return pagedList(describeRouterInterfacesMeta, region, FIRST_PAGE, numberPaging());
}

/**
 * A region's router interfaces, read page by page as the list needs them (scrolling near the end, or a search, filter
 * or sort that must see every row), watched while any of those read moves (bounded like every poller), and the
 * Connect mutation. Connect has no ClientToken and is never retried blindly: after an unclear failure the pair view
 * re-reads both sides.
 */
export function useRegionInterfaces(region: string) {
  const list = useInfiniteQuery({
    ...operationPagesOptions(interfacesList(region)),
    refetchInterval: pollWhileMoving((data) => moving(data.pages.flatMap(interfacesOf))),
  });
  const items = useMemo(() => list.data?.pages.flatMap(interfacesOf), [list.data]);
  const connect = useCatalogMutation<typeof connectRouterInterface>(connectRouterInterfaceMeta, region);
  return { list, items, total: list.data?.pages[0]?.TotalCount, connect };
}

/** Every interface of one region in one query, for "All regions" (bounded by the paging walk's MAX_PAGES). */
export function allInterfacesOptions(region: string) {
  return allPagesOptions(describeRouterInterfacesMeta, region, FIRST_PAGE, numberPaging(), interfacesOf);
}

/** A region's whole list as the palette finds or reads it: this page's entry, or its "All regions" entry. */
export function wholeInterfacesList(region: string): WholeList<typeof describeRouterInterfacesMeta> {
  return { list: interfacesList(region), maxPages: MAX_PAGES, allKey: allInterfacesOptions(region).queryKey };
}
