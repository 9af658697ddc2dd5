"use client";

import { useQueries, type UseQueryResult } from "@tanstack/react-query";
import { useCallback } from "react";
import { OVERVIEW_KINDS } from "@/lib/overview/overview-kinds";
import type { Overview, ResourceKind } from "@/lib/overview/overview-types";
import { fetchRoute } from "@/lib/queries/fetch-route";
import { retryTransient } from "@/lib/queries/operation-failure";
import { isWatched, pollWhileMoving } from "@/lib/queries/poll-while";
import { useRefetchOnOperationChange } from "./operation-feed-query";
import { OVERVIEW_REFRESH_MS } from "./overview-refresh";

/** One query per kind, so news about one kind (or one kind in flight) re-reads that kind's cloud lists only. */
export const overviewKey = (kind: ResourceKind) => ["overview", kind] as const;

const fetchKind =
  (kind: ResourceKind) =>
  async ({ signal }: { signal: AbortSignal }): Promise<Overview> =>
    (await fetchRoute(`/api/overview?kinds=${kind}`, { signal })).json();

// Bounded like every poller: each read is a few cloud calls, and a resource stuck in transition must not keep them
// going at the in-flight cadence while the page stays open.
const watchInFlight = pollWhileMoving<Overview>((data) =>
  data.kinds.flatMap((k) => k.inFlight.map((r) => `${r.id}:${r.status}`)),
);

const kindQuery = (kind: ResourceKind) => ({
  queryKey: overviewKey(kind),
  queryFn: fetchKind(kind),
  refetchInterval: (query: Parameters<typeof watchInFlight>[0]) =>
    watchInFlight(query) || OVERVIEW_REFRESH_MS,
  staleTime: OVERVIEW_REFRESH_MS,
  refetchOnWindowFocus: (query: object) => (isWatched(query) ? ("always" as const) : true),
  refetchOnReconnect: (query: object) => (isWatched(query) ? ("always" as const) : true),
  refetchOnMount: "always" as const,
  retry: retryTransient,
});

/** The kinds' answers as one overview: every kind once all are in; the failures of the newest answer. */
function combine(results: UseQueryResult<Overview>[]) {
  const answers = results.flatMap((r) => (r.data ? [r.data] : []));
  const newest = answers.reduce<Overview | undefined>(
    (a, b) => (a === undefined || b.generatedAt > a.generatedAt ? b : a),
    undefined,
  );
  const data: Overview | undefined =
    answers.length === results.length && newest
      ? { generatedAt: newest.generatedAt, kinds: answers.flatMap((a) => a.kinds), failures: newest.failures }
      : undefined;
  return { data, error: results.find((r) => r.error && !r.data)?.error ?? null, results };
}

/**
 * Both clouds at a glance (GET /api/overview?kinds=…, one query per kind). A kind with something in flight is
 * watched at the console's cadence; otherwise it is read again when the operation history says an operation of
 * that kind started or ended anywhere, and on a slow schedule for changes made outside the console
 * (overview-refresh.ts). Hidden tabs read nothing; becoming visible reads at once what is watched, or what is older
 * than the refresh period.
 */
export function useOverview() {
  useRefetchOnOperationChange(overviewKey);
  const { data, error, results } = useQueries({ queries: OVERVIEW_KINDS.map(kindQuery), combine });
  const refetch = useCallback(
    () => Promise.all(results.filter((r) => r.error || !r.data).map((r) => r.refetch())),
    [results],
  );
  return { data, error, refetch };
}
