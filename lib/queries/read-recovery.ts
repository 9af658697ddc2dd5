import { focusManager, onlineManager, type Query, type QueryClient } from "@tanstack/react-query";
import { OperationFailure } from "./operation-failure";

/** First wait before a failed read is tried again by itself, doubling per failure up to the cap. */
export const RECOVERY_FIRST_MS = 2_000;
export const RECOVERY_MAX_MS = 30_000;

/** The wait after the n-th failure in a row (n from 1): 2 s, 4 s, 8 s, 16 s, then every 30 s. */
export function recoveryDelay(failures: number): number {
  return Math.min(RECOVERY_MAX_MS, RECOVERY_FIRST_MS * 2 ** Math.max(0, failures - 1));
}

/** Worth asking again without the operator: the cloud or the network was unavailable or gave no answer. */
export function isRecoverable(error: unknown): boolean {
  return error instanceof OperationFailure && error.isTransient;
}

/**
 * A failed read heals itself (issue #18): while someone looks at it, a read whose last try failed for a transient
 * reason (a 503, a reset, a timeout — never a refusal or a missing configuration) is tried again after
 * recoveryDelay, growing with each failure, until it succeeds. A hidden tab or an offline browser waits instead;
 * becoming visible or online reads it at once (the client's refetchOnWindowFocus / refetchOnReconnect). So a list
 * that failed during a cloud outage fills in by itself once the outage ends, without a reload.
 * Returns the unsubscribe function.
 */
export function recoverFailedReads(
  client: QueryClient,
  schedule: (run: () => void, ms: number) => unknown = (run, ms) => setTimeout(run, ms),
): () => void {
  // Per query object, held weakly: a query dropped from the cache (nobody looked for gcTime) takes its state along,
  // so one that comes back with the same key starts afresh and a long-open tab keeps nothing per query it ever failed.
  const waiting = new WeakSet<Query>();
  // Failures in a row: TanStack's errorUpdateCount counts every failure of the query's life, so after a few outages
  // each new one would start at the longest delay.
  const failuresInARow = new WeakMap<Query, number>();
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== "updated") return;
    const query = event.query;
    const { status, fetchStatus, error } = query.state;
    if (status === "success") failuresInARow.delete(query);
    if (status !== "error" || fetchStatus !== "idle" || !isRecoverable(error)) return;
    if (waiting.has(query)) return;
    waiting.add(query);
    const failures = (failuresInARow.get(query) ?? 0) + 1;
    failuresInARow.set(query, failures);
    schedule(() => {
      waiting.delete(query);
      const stillFailed = query.state.status === "error" && query.state.fetchStatus === "idle";
      if (!stillFailed || query.getObserversCount() === 0 || query.isDisabled()) return;
      if (!focusManager.isFocused() || !onlineManager.isOnline()) return;
      void query.fetch().catch(() => undefined);
    }, recoveryDelay(failures));
  });
}

/**
 * `refetchOnWindowFocus` / `refetchOnReconnect` for a failed read: coming back to the tab or back online reads it
 * at once, whatever its reason; what is settled is left alone (see refetchIfWatched).
 */
export function isFailedRead(query: { state: { status: string } }): boolean {
  return query.state.status === "error";
}
