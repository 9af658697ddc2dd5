"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import type { OperationFeed } from "@/lib/audit/audit-types";
import { readOperationFeed } from "@/lib/data/overview/operation-feed-query";
import { FEED_POLL_MS } from "@/lib/data/overview/overview-refresh";
import {
  EMPTY_LOG,
  loadLog,
  markRead,
  mergeFeed,
  saveLog,
  STORAGE_KEY,
  type Notice,
  type NoticeLog,
} from "@/lib/notifications/notification-log";
import { retryTransient } from "@/lib/queries/operation-failure";

/** This tab's copy of the browser's log (localStorage), read once, written through on every change. */
let current: NoticeLog | null = null;
const listeners = new Set<() => void>();
const storage = () => (typeof window === "undefined" ? undefined : window.localStorage);
const getLog = (): NoticeLog => (current ??= loadLog(storage()));
function setLog(next: NoticeLog) {
  current = next;
  saveLog(storage(), next);
  for (const listener of listeners) listener();
}
/** Another tab wrote the log (a notice read there, or news it heard first): take its copy. */
function onStorage(event: StorageEvent) {
  if (event.key !== STORAGE_KEY) return;
  current = loadLog(storage());
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener("storage", onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

/**
 * The notification centre's data: the operation history feed (GET /api/operations-history?since=…, one database
 * read, no cloud call) every FEED_POLL_MS while the tab is visible, merged into this browser's log. `onArrived`
 * hears about operations that ended since the last answer — on whatever page of the console the operator is.
 */
export function useNoticeLog(onArrived: (notices: Notice[]) => void) {
  // The server render knows no localStorage: an empty log there and during hydration.
  const log = useSyncExternalStore(subscribe, getLog, () => EMPTY_LOG);
  const arrivedRef = useRef(onArrived);
  useEffect(() => {
    arrivedRef.current = onArrived;
  });
  useQuery({
    // One key: the position is in the log, so each answer does not start a new query (and an immediate read).
    queryKey: ["notifications-feed"],
    queryFn: async ({ signal }): Promise<OperationFeed> => {
      // mergeFeed drops what the log already holds of the feed's look-back.
      const feed = await readOperationFeed(getLog().since, signal);
      // Merged into the latest log, not the one this read started from: another tab may have written meanwhile.
      const stored = loadLog(storage());
      if (stored.since !== null) current = stored;
      const { log: next, arrived } = mergeFeed(getLog(), feed);
      setLog(next);
      if (arrived.length > 0) arrivedRef.current(arrived);
      return feed;
    },
    refetchInterval: FEED_POLL_MS,
    retry: retryTransient,
    staleTime: 0,
  });
  const read = useCallback((id?: string) => setLog(markRead(getLog(), id)), []);
  return { log, read };
}
