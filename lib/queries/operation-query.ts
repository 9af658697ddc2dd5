import { queryOptions } from "@tanstack/react-query";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { cloudKeys } from "./keys";
import { retryTransient } from "./operation-failure";
import { postOperation } from "./post-operation";

/** Query options for one catalog query operation; the key comes from the shared factory, never inline. */
export function operationQueryOptions<Op extends OperationMeta>(
  op: Op,
  region: string,
  input: Record<string, unknown>,
) {
  return queryOptions({
    queryKey: cloudKeys.operation(op, region, input),
    queryFn: async ({ signal }) => (await postOperation<OutputOf<Op>>(op.id, region, input, signal)).result,
    retry: retryTransient,
  });
}
