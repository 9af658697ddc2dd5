"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { describeRouterInterfaceAttributeMeta } from "@/lib/operations/vpc/describe-router-interface-attribute.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { pollingStopped, pollWhile, restartPolling } from "@/lib/queries/poll-while";
import { hasConnectStarted, isPairInFlight } from "./pair-watch";

export interface PairSide {
  id: string;
  region: string;
}

const sideOptions = ({ id, region }: PairSide) =>
  operationQueryOptions(describeRouterInterfaceAttributeMeta, region, { InstanceId: id });

/**
 * Both sides of a connection; the opposite side may live in another region, and each side is read from its own.
 * Both are polled as one pair (isPairInFlight) with the console's cadence and limit, so the side that settles
 * first keeps being read until the other has settled too. `awaitActive`: a Connect of this pair just succeeded, so
 * both are read until the cloud visibly starts on it even while they still say Idle.
 */
export function usePairWatch(ri: RouterInterface, region: string, awaitActive: boolean) {
  const queryClient = useQueryClient();
  const [hasStarted, setHasStarted] = useState(false);
  const here: PairSide = { id: ri.RouterInterfaceId, region };
  const there: PairSide | null = ri.OppositeInterfaceId
    ? { id: ri.OppositeInterfaceId, region: ri.OppositeRegionId ?? region }
    : null;
  const hereOptions = sideOptions(here);
  // Without an opposite side this query is disabled and never sent. Two useQuery calls rather than useQueries:
  // useQueries would split TanStack's shared helpers into their own modules on every page's first load.
  const thereOptions = sideOptions(there ?? { id: "", region });
  const awaitingStart = awaitActive && !hasStarted;
  // Asked per side whenever that side answers: it reads both sides from the cache, so the later answer decides.
  const readBoth = () => [
    queryClient.getQueryData(hereOptions.queryKey),
    there ? queryClient.getQueryData(thereOptions.queryKey) : undefined,
  ];
  const refetchInterval = pollWhile(() => isPairInFlight(readBoth(), awaitingStart), {
    // Each step (Idle → Connecting → Active, on either side) starts the watch over: waiting for the cloud to start
    // must not use up the polls of the transition that follows.
    inFlightKey: () =>
      readBoth()
        .map((side) => side?.Status ?? "")
        .join(),
  });
  const thisSide = useQuery({ ...hereOptions, refetchInterval });
  const otherSide = useQuery({ ...thereOptions, enabled: there !== null, refetchInterval });
  const read = [thisSide.data, there ? otherSide.data : undefined];
  if (awaitingStart && hasConnectStarted(read)) setHasStarted(true);
  const cache = queryClient.getQueryCache();
  const queries = [
    cache.find({ queryKey: hereOptions.queryKey, exact: true }),
    there ? cache.find({ queryKey: thereOptions.queryKey, exact: true }) : undefined,
  ];
  // Touching dataUpdatedAt subscribes the view to every answer (TanStack re-renders for the fields a component
  // reads), so the read that reaches the limit — the same status again — still re-renders into "stopped checking".
  void [thisSide.dataUpdatedAt, otherSide.dataUpdatedAt];
  const inFlight = isPairInFlight(read, awaitingStart);
  // Past the poll limit the pair may still be moving, but nobody is reading it.
  const stopped = inFlight && queries.some(pollingStopped);
  const checkAgain = () => {
    queries.forEach(restartPolling);
    void thisSide.refetch();
    if (there) void otherSide.refetch();
  };
  return { here, there, thisSide, otherSide, isWatched: inFlight && !stopped, stopped, checkAgain };
}
