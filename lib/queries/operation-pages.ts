import { infiniteQueryOptions } from "@tanstack/react-query";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { cloudKeys } from "./keys";
import { retryTransient } from "./operation-failure";
import type { NextPage } from "./paging";
import { postOperation } from "./post-operation";

/**
 * A paged list operation as a value: which operation, in which region, from which first page, and how the next
 * page's input follows from a reply. Each kind's data layer (lib/data/<kind>/) names its lists this way; pickers
 * and lookups read them with `operationPagesOptions`, so a list read twice shares one cache entry.
 */
export interface PagedList<Op extends OperationMeta> {
  op: Op;
  region: string;
  input: Record<string, unknown>;
  nextPage: NextPage<OutputOf<Op>>;
}

export function pagedList<Op extends OperationMeta>(
  op: Op,
  region: string,
  input: Record<string, unknown>,
  nextPage: NextPage<OutputOf<Op>>,
): PagedList<Op> {
  return { op, region, input, nextPage };
}

/** A paged list as an infinite query ("Load more"): each page's input comes from the previous page's reply. */
export function operationPagesOptions<Op extends OperationMeta>({
  op,
  region,
  input,
  nextPage,
}: PagedList<Op>) {
  return infiniteQueryOptions({
    queryKey: [...cloudKeys.operation(op, region, input), "pages"] as const,
    initialPageParam: input,
    queryFn: async ({ pageParam, signal }) =>
      (await postOperation<OutputOf<Op>>(op.id, region, pageParam, signal)).result,
    getNextPageParam: (last, _all, lastParam) => nextPage(last, lastParam),
    retry: retryTransient,
  });
}
