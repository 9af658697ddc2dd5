import { queryOptions } from "@tanstack/react-query";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { cloudKeys } from "./keys";
import { retryTransient } from "./operation-failure";
import type { NextPage } from "./paging";
import { postOperation } from "./post-operation";

/**
 * Pages one "read them all" query follows at most: a guard against a NextToken that never ends, and a bound on
 * the calls one read (or one poll) costs. 10 × MaxResults 100 is more than a multicast domain holds in practice.
 */
export const MAX_PAGES = 10;

export interface AllPages<Item> {
  items: Item[];
  /** The list had more pages than MAX_PAGES: `items` is only its beginning, so absence proves nothing. */
  truncated: boolean;
}

/**
 * Every page of a list in one query, for lookups that must see the whole list at once (which vSwitches are
 * associated, which sources a domain has) rather than a picker's "Load more". The key is the first page's
 * input plus "all", under the product prefix, so a mutation still invalidates it.
 */
export function allPagesOptions<Op extends OperationMeta, Item>(
  op: Op,
  region: string,
  input: Record<string, unknown>,
  nextPage: NextPage<OutputOf<Op>>,
  itemsOf: (page: OutputOf<Op>) => Item[],
) {
  return queryOptions({
    queryKey: [...cloudKeys.operation(op, region, input), "all"] as const,
    queryFn: async ({ signal }): Promise<AllPages<Item>> => {
      const items: Item[] = [];
      let next: Record<string, unknown> | undefined = input;
      for (let page = 0; next && page < MAX_PAGES; page++) {
        const { result } = await postOperation<OutputOf<Op>>(op.id, region, next, signal);
        items.push(...itemsOf(result));
        next = nextPage(result, next);
      }
      return { items, truncated: next !== undefined };
    },
    retry: retryTransient,
  });
}
