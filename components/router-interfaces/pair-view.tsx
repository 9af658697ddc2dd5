"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/i18n-provider";
import { describeRouterInterfaceAttributeMeta } from "@/lib/operations/vpc/describe-router-interface-attribute.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { MAX_POLLS, pollingStopped, pollWhile, restartPolling } from "@/lib/queries/poll-while";
import { InterfaceSide } from "./interface-side";
import { hasConnectStarted, isPairInFlight } from "./pair-watch";

const sideOptions = ({ id, region }: { id: string; region: string }) =>
  operationQueryOptions(describeRouterInterfaceAttributeMeta, region, { InstanceId: id });

/**
 * Both sides of a connection side by side; the opposite side may live in another region, and each side is read
 * from its own. Both are polled as one pair (isPairInFlight) with the console's back-off and limit, so the side
 * that settles first keeps being read until the other has settled too. `awaitActive`: a Connect of this pair just
 * succeeded, so both are read until the cloud visibly starts on it even while they still say Idle.
 */
export function PairView({
  ri,
  region,
  awaitActive,
}: {
  ri: RouterInterface;
  region: string;
  awaitActive: boolean;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [hasStarted, setHasStarted] = useState(false);
  const here = { id: ri.RouterInterfaceId, region };
  const there = ri.OppositeInterfaceId && {
    id: ri.OppositeInterfaceId,
    region: ri.OppositeRegionId ?? region,
  };
  const hereOptions = sideOptions(here);
  // Without an opposite side this query is disabled and never sent. Two useQuery calls rather than useQueries:
  // useQueries would split TanStack's shared helpers into their own modules on every page's first load (~0.1 kB).
  const thereOptions = sideOptions(there || { id: "", region });
  const awaitingStart = awaitActive && !hasStarted;
  // Asked per side whenever that side answers: it reads both sides from the cache, so the later answer decides.
  const readBoth = () => [
    queryClient.getQueryData(hereOptions.queryKey),
    there ? queryClient.getQueryData(thereOptions.queryKey) : undefined,
  ];
  const refetchInterval = pollWhile(() => isPairInFlight(readBoth(), awaitingStart), {
    // Each step (Idle → Connecting → Active, on either side) restarts the allowance: waiting for the cloud to start
    // must not use up the polls of the transition that follows.
    inFlightKey: () =>
      readBoth()
        .map((side) => side?.Status ?? "")
        .join(),
  });
  const thisSide = useQuery({ ...hereOptions, refetchInterval });
  const otherSide = useQuery({ ...thereOptions, enabled: Boolean(there), refetchInterval });
  const read = [thisSide.data, there ? otherSide.data : undefined];
  if (awaitingStart && hasConnectStarted(read)) setHasStarted(true);
  const cache = queryClient.getQueryCache();
  const queries = [
    cache.find({ queryKey: hereOptions.queryKey, exact: true }),
    there ? cache.find({ queryKey: thereOptions.queryKey, exact: true }) : undefined,
  ];
  // Touching dataUpdatedAt subscribes this view to every answer (TanStack re-renders for the fields a component
  // reads), so the read that reaches the limit — the same status again — still re-renders into "stopped checking".
  void [thisSide.dataUpdatedAt, otherSide.dataUpdatedAt];
  const inFlight = isPairInFlight(read, awaitingStart);
  // Past the poll limit the pair may still be moving, but nobody is reading it: say so, and offer to look again.
  const stopped = inFlight && queries.some(pollingStopped);
  const isWatched = inFlight && !stopped;
  const checkAgain = () => {
    queries.forEach(restartPolling);
    void thisSide.refetch();
    if (there) void otherSide.refetch();
  };
  return (
    <section
      aria-labelledby="pair-title"
      className="flex flex-col gap-2"
      data-testid="pair-view"
      data-watching={isWatched}
    >
      <h2 id="pair-title" className="text-lg font-semibold">
        {t("routerInterfaces.pair", { id: ri.RouterInterfaceId })}
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        <InterfaceSide
          title={t("routerInterfaces.thisSide")}
          {...here}
          side={thisSide}
          isWatched={isWatched}
        />
        {there ? (
          <InterfaceSide
            title={t("routerInterfaces.otherSide")}
            {...there}
            side={otherSide}
            isWatched={isWatched}
          />
        ) : (
          <p className="text-sm text-neutral-600">{t("routerInterfaces.noOpposite")}</p>
        )}
      </div>
      {stopped && (
        <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="pair-stopped">
          {t("routerInterfaces.stoppedChecking", { count: MAX_POLLS })}
          <Button variant="secondary" onClick={checkAgain}>
            {t("routerInterfaces.checkAgain")}
          </Button>
        </p>
      )}
    </section>
  );
}
