import type { InfiniteData, QueryClient, QueryKey } from "@tanstack/react-query";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { operationPagesOptions, type PagedList } from "./operation-pages";

/** One region's whole list: as its list page reads it, and as an "All regions" view reads it. */
export interface WholeList<Op extends OperationMeta> {
  /** The list page's paged list (the kind's data layer, lib/data/<kind>/): its infinite query is the entry. */
  list: PagedList<Op>;
  /** The list page's bound on the pages it walks. */
  maxPages: number;
  /** The "All regions" view's entry for the same list (`allPagesOptions`): held and fresh, it answers too. */
  allKey: QueryKey;
}

type Pages<Op extends OperationMeta> = InfiniteData<OutputOf<Op>>;

function isComplete<Op extends OperationMeta>(
  data: Pages<Op>,
  list: PagedList<Op>,
  maxPages: number,
): boolean {
  const [last, lastParam] = [data.pages.at(-1), data.pageParams.at(-1)];
  if (last === undefined || lastParam === undefined) return false;
  // Each page param is the input that read the page (operationPagesOptions).
  return (
    list.nextPage(last, lastParam as Record<string, unknown>) === undefined || data.pages.length >= maxPages
  );
}

function isFresh(client: QueryClient, queryKey: QueryKey, freshMs: number): boolean {
  const query = client.getQueryCache().find({ queryKey, exact: true });
  return query !== undefined && query.state.data !== undefined && !query.isStaleByTime(freshMs);
}

/**
 * Makes sure the cache holds every page of one list, read within `freshMs`, without a call when it already does: in
 * the list page's own entry (read to its end), or in the "All regions" entry. Otherwise the pages are read into the
 * list page's entry, so the page opened afterwards finds them. Throws the read's failure.
 */
export async function readWholeList<Op extends OperationMeta>(
  client: QueryClient,
  { list, maxPages, allKey }: WholeList<Op>,
  freshMs: number,
): Promise<void> {
  const options = operationPagesOptions(list);
  const held = client.getQueryData(options.queryKey);
  if (held && isFresh(client, options.queryKey, freshMs) && isComplete(held, list, maxPages)) return;
  if (isFresh(client, allKey, freshMs)) return;
  // Stale or cut short: every page again from the first, as the page's own refetch does.
  const read = () => client.fetchInfiniteQuery({ ...options, pages: maxPages, staleTime: 0 });
  // A fetch already in flight (the page reading its next page) is joined, not restarted: when what it brings still
  // ends short of the list's end, read the whole list once more.
  if (!isComplete(await read(), list, maxPages)) await read();
}
