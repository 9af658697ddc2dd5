"use client";

import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import type { OperationMeta, OutputOf } from "@/lib/operations/types";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import type { pollWhile } from "@/lib/queries/poll-while";

/** A resource page's read as the page shows it: loading, the failure with the operation it names, and a retry. */
export interface DetailRead {
  isLoading: boolean;
  error: unknown;
  op: OperationMeta;
  retry: () => void;
}

/** The read state of `query`, which ran `op` (a page may share its list's query rather than read on its own). */
export function detailRead(
  query: Pick<UseQueryResult, "isLoading" | "error" | "refetch">,
  op: OperationMeta,
) {
  return { isLoading: query.isLoading, error: query.error, op, retry: () => void query.refetch() };
}

/**
 * One resource's page read: the catalog query `op` with `input` (the read by id), polled by `poll` — a pollWhile
 * of the kind's lifecycle, so the page keeps the console's one cadence — and `pick`, which finds the resource in
 * the answer (undefined when the answer does not hold it: the page's not-found state).
 */
export function useResourceDetail<Op extends OperationMeta, Resource>(
  op: Op,
  region: string,
  input: Record<string, unknown>,
  {
    pick,
    poll,
  }: {
    pick: (data: OutputOf<Op>) => Resource | undefined;
    poll: ReturnType<typeof pollWhile<OutputOf<Op>>>;
  },
): { resource: Resource | undefined; read: DetailRead } {
  const query = useQuery({ ...operationQueryOptions(op, region, input), refetchInterval: poll });
  return { resource: query.data === undefined ? undefined : pick(query.data), read: detailRead(query, op) };
}
