import { queryOptions } from "@tanstack/react-query";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { cloudKeys } from "./keys";
import { retryTransient } from "./operation-failure";
import type { NextPage } from "./paging";
import { postOperation } from "./post-operation";

/**
 * Pages one "read them all" walks at most unless told otherwise: a guard against a NextToken that never ends, and a
 * bound on the calls one read (or one poll) costs. 10 × MaxResults 100 is more than a multicast domain holds in
 * practice.
 */
export const MAX_PAGES = 10;

export interface AllPages<Item> {
  items: Item[];
  /** The list had more pages than the walk follows: `items` is only its beginning, so absence proves nothing. */
  truncated: boolean;
}

/**
 * THE paging walk: reads page after page from `first` (each next input from the previous reply, `nextPage`) until
 * the list ends or `maxPages` were read. `read` sends one page's input (through the proxy route, or a test's fake).
 */
export async function readAllPages<Page, Item>(
  read: (input: Record<string, unknown>) => Promise<Page>,
  first: Record<string, unknown>,
  nextPage: NextPage<Page>,
  itemsOf: (page: Page) => Item[],
  maxPages = MAX_PAGES,
): Promise<AllPages<Item>> {
  const items: Item[] = [];
  let next: Record<string, unknown> | undefined = first;
  for (let page = 0; next && page < maxPages; page++) {
    const reply = await read(next);
    items.push(...itemsOf(reply));
    next = nextPage(reply, next);
  }
  return { items, truncated: next !== undefined };
}

/**
 * Every page of a list in one query, for lookups that must see the whole list at once (which vSwitches are
 * associated, which sources a domain has, which priorities are taken) rather than a picker's "Load more". The key
 * is the first page's input plus "all", under the product prefix, so a mutation still invalidates it.
 */
export function allPagesOptions<Op extends OperationMeta, Item>(
  op: Op,
  region: string,
  input: Record<string, unknown>,
  nextPage: NextPage<OutputOf<Op>>,
  itemsOf: (page: OutputOf<Op>) => Item[],
  { maxPages = MAX_PAGES }: { maxPages?: number } = {},
) {
  return queryOptions({
    queryKey: [...cloudKeys.operation(op, region, input), "all"] as const,
    queryFn: ({ signal }): Promise<AllPages<Item>> =>
      readAllPages(
        async (next) => (await postOperation<OutputOf<Op>>(op.id, region, next, signal)).result,
        input,
        nextPage,
        itemsOf,
        maxPages,
      ),
    retry: retryTransient,
  });
}
