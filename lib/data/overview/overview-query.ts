"use client";

import { useQuery } from "@tanstack/react-query";
import type { Overview } from "@/lib/overview/overview-types";
import { fetchRoute } from "@/lib/queries/fetch-route";
import { retryTransient } from "@/lib/queries/operation-failure";
import { isWatched, pollWhileMoving } from "@/lib/queries/poll-while";
import { useRefetchOnOperationChange } from "./operation-feed-query";
import { OVERVIEW_REFRESH_MS } from "./overview-refresh";

const OVERVIEW_KEY = ["overview"] as const;

async function fetchOverview({ signal }: { signal: AbortSignal }): Promise<Overview> {
  return (await fetchRoute("/api/overview", { signal })).json();
}

// Bounded like every poller: each poll is a dozen cloud reads, and a resource stuck in transition must not keep
// them going at the in-flight cadence while the page stays open.
const watchInFlight = pollWhileMoving<Overview>((data) =>
  data.kinds.flatMap((k) => k.inFlight.map((r) => `${r.id}:${r.status}`)),
);

/**
 * Both clouds at a glance (GET /api/overview). While something is in flight it is watched at the console's
 * cadence; otherwise it is read again when the operation history says something started or ended anywhere, and
 * on a slow schedule for changes made outside the console (overview-refresh.ts). Hidden tabs read nothing; becoming visible reads at once what is watched, or what is
 * older than the refresh period.
 */
export function useOverview() {
  useRefetchOnOperationChange(OVERVIEW_KEY);
  return useQuery({
    queryKey: OVERVIEW_KEY,
    queryFn: fetchOverview,
    refetchInterval: (query) => watchInFlight(query) || OVERVIEW_REFRESH_MS,
    staleTime: OVERVIEW_REFRESH_MS,
    refetchOnWindowFocus: (query) => (isWatched(query) ? "always" : true),
    refetchOnReconnect: (query) => (isWatched(query) ? "always" : true),
    refetchOnMount: "always",
    retry: retryTransient,
  });
}
