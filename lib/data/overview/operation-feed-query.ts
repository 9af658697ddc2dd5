"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { OperationFeed } from "@/lib/audit/audit-types";
import { fetchRoute } from "@/lib/queries/fetch-route";
import { retryTransient } from "@/lib/queries/operation-failure";
import { FEED_POLL_MS } from "./overview-refresh";

async function fetchFeed({ signal }: { signal: AbortSignal }): Promise<OperationFeed> {
  return (await fetchRoute("/api/operations-history", { signal })).json();
}

/** What the feed says about the history as a whole: a change in either means something started or ended. */
const markOf = (feed: OperationFeed) => `${feed.open}:${feed.changedAt}`;

/**
 * Watches the console's operation history (one database read, no cloud call) while the page is visible, and
 * invalidates `queryKey` when an operation started or ended anywhere — another tab, another operator, a script —
 * so the expensive cloud reads happen only when there is something new to see.
 */
export function useRefetchOnOperationChange(queryKey: readonly unknown[]) {
  const client = useQueryClient();
  const feed = useQuery({
    queryKey: ["operations-feed"],
    queryFn: fetchFeed,
    refetchInterval: FEED_POLL_MS,
    refetchOnWindowFocus: "always",
    retry: retryTransient,
  });
  const seen = useRef<string | null>(null);
  const mark = feed.data ? markOf(feed.data) : null;
  useEffect(() => {
    if (mark === null) return;
    // The first answer is the baseline the page was rendered with; only later changes mean news.
    if (seen.current !== null && seen.current !== mark) void client.invalidateQueries({ queryKey });
    seen.current = mark;
    // queryKey is the caller's constant; the mark is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mark, client]);
}
