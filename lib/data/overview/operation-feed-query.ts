"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { FEED_LIMIT, type OperationFeed } from "@/lib/audit/audit-types";
import { KIND_OF_TRACKER, OVERVIEW_KINDS } from "@/lib/overview/overview-kinds";
import type { ResourceKind } from "@/lib/overview/overview-types";
import { fetchRoute } from "@/lib/queries/fetch-route";
import { retryTransient } from "@/lib/queries/operation-failure";
import { FEED_OVERLAP_MS, FEED_POLL_MS } from "./overview-refresh";

/**
 * One read of the operation history (GET /api/operations-history): everything since `since` (the previous answer's
 * server time), looking back FEED_OVERLAP_MS so an operation committed just after that time is not missed, or the
 * baseline when `since` is null. Readers drop the repeats by id. Both feed readers (this overview's and the
 * notification centre's) read through it.
 */
export async function readOperationFeed(since: number | null, signal?: AbortSignal): Promise<OperationFeed> {
  const query = since === null ? "" : `?since=${Math.max(0, since - FEED_OVERLAP_MS)}`;
  return (await fetchRoute(`/api/operations-history${query}`, { signal })).json();
}
/** The kinds whose lists are worth reading again after `feed`, given what was already seen (updated in place). */
export function changedKinds(feed: OperationFeed, seen: Map<string, string>): Set<ResourceKind> {
  const operations = feed.operations ?? [];
  if (operations.length >= FEED_LIMIT) return new Set(OVERVIEW_KINDS);
  const changed = new Set<ResourceKind>();
  for (const operation of operations) {
    if (seen.get(operation.id) === operation.state) continue;
    seen.set(operation.id, operation.state);
    const kind = KIND_OF_TRACKER[operation.kind];
    if (kind) changed.add(kind);
  }
  return changed;
}

/**
 * Watches the console's operation history (one database read, no cloud call) while the page is visible, and
 * invalidates the queries of the kinds whose operations started or ended anywhere since the last read — another
 * tab, another operator, a script — so the expensive cloud reads happen only for what changed.
 */
export function useRefetchOnOperationChange(keyOf: (kind: ResourceKind) => readonly unknown[]) {
  const client = useQueryClient();
  const since = useRef<number | null>(null);
  const seen = useRef(new Map<string, string>());
  const feed = useQuery({
    queryKey: ["operations-feed", "overview"],
    queryFn: ({ signal }) => readOperationFeed(since.current, signal),
    refetchInterval: FEED_POLL_MS,
    refetchOnWindowFocus: "always",
    retry: retryTransient,
  });
  useEffect(() => {
    const answer = feed.data;
    if (!answer) return;
    // The first answer (no `since`) is the baseline the page was rendered with; later ones list the news.
    const first = since.current === null;
    since.current = answer.now;
    if (first) return;
    for (const kind of changedKinds(answer, seen.current))
      void client.invalidateQueries({ queryKey: keyOf(kind) });
    // keyOf is the caller's constant; a new answer is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [feed.data, client]);
}
