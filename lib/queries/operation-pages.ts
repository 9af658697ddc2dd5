import { infiniteQueryOptions } from "@tanstack/react-query";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { cloudKeys } from "./keys";
import { retryTransient } from "./operation-failure";
import type { NextPage } from "./paging";
import { postOperation } from "./post-operation";

/** A paged list operation as an infinite query: each page's input comes from the previous page's reply. */
export function operationPagesOptions<Op extends OperationMeta>(
  op: Op,
  region: string,
  input: Record<string, unknown>,
  nextPage: NextPage<OutputOf<Op>>,
) {
  return infiniteQueryOptions({
    queryKey: [...cloudKeys.operation(op, region, input), "pages"] as const,
    initialPageParam: input,
    queryFn: async ({ pageParam, signal }) =>
      (await postOperation<OutputOf<Op>>(op.id, region, pageParam, signal)).result,
    getNextPageParam: (last, _all, lastParam) => nextPage(last, lastParam),
    retry: retryTransient,
  });
}
