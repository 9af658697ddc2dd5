"use client";

import {
  useInfiniteQuery,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
} from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { MAX_PAGES } from "./all-pages";

export interface ProgressivePages<Item> {
  /** The rows of the pages read so far (undefined before the first page): shown as they come. */
  items: Item[] | undefined;
  /** The walk is over: the list ended, or `maxPages` were read. Lookups that need the whole list wait for it. */
  complete: boolean;
  /** The walk stopped at `maxPages` with more pages left: `items` is only the list's beginning. */
  truncated: boolean;
  isLoading: boolean;
  error: Error | null;
  /** Reads the list again now (every page read so far), e.g. the error panel's "Check now". */
  refetch: () => Promise<{ error: Error | null; items: Item[] | undefined }>;
}

/**
 * Every page of a list as one infinite query, read one page after the other and shown as they come: the first rows
 * after one call, not after the last page (readAllPages, by contrast, answers once every page is in). The walk stops
 * at the list's end, at `maxPages` (then `truncated`), or on a failed page (the query's error; a refetch starts
 * again). Polling and keys are the options' own (operationPagesOptions plus a refetchInterval).
 */
export function useAllPagesProgressively<
  Page,
  Item,
  Data extends InfiniteData<Page, unknown>,
  Key extends QueryKey,
  PageParam,
>(
  options: UseInfiniteQueryOptions<Page, Error, Data, Key, PageParam>,
  itemsOf: (page: Page) => Item[],
  maxPages = MAX_PAGES,
): ProgressivePages<Item> {
  const pages = useInfiniteQuery(options);
  const { hasNextPage, isFetching, isError, fetchNextPage } = pages;
  const read = pages.data?.pages.length ?? 0;
  const isWalking = hasNextPage && read < maxPages;
  useEffect(() => {
    // One fetch at a time: fetchNextPage during a fetch would cancel it. `read` is a dependency because the
    // fetching render between two pages may be batched away: each new page must start the next.
    if (isWalking && !isFetching && !isError) void fetchNextPage();
  }, [isWalking, isFetching, isError, read, fetchNextPage]);
  const items = useMemo(() => pages.data?.pages.flatMap(itemsOf), [pages.data, itemsOf]);
  return {
    items,
    complete: items !== undefined && !isWalking,
    truncated: items !== undefined && hasNextPage && read >= maxPages,
    isLoading: pages.isLoading,
    error: pages.error,
    refetch: async () => {
      const again = await pages.refetch();
      return { error: again.error, items: again.data?.pages.flatMap(itemsOf) };
    },
  };
}
