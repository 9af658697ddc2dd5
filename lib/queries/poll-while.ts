import { pollInterval } from "@/lib/status/poll-interval";

/**
 * Reads after which a watcher gives up on a change that does not come (with the back-off, well over four
 * minutes): a status stuck in transition, or an expected change the cloud never shows. One limit for every poller.
 */
export const MAX_POLLS = 30;

/**
 * Per query: polls made since the data last looked settled (or since what is in flight last changed), the data
 * version they were counted at, and what was in flight then.
 */
const progress = new WeakMap<
  object,
  { updatedAt: number; polls: number; inFlight: string; stopped: boolean }
>();

/** The poller gave up on this query: its last answer was still in flight after the limit (UI: "stopped checking"). */
export function pollingStopped(query: object | undefined): boolean {
  return query !== undefined && (progress.get(query)?.stopped ?? false);
}

/** Forgets the count, so the next answer starts a fresh allowance — an operator's "Check again". */
export function restartPolling(query: object | undefined): void {
  if (query !== undefined) progress.delete(query);
}

/**
 * `refetchInterval` as a function of the last data: ~1 s while anything is in flight, backing off to 10 s,
 * `false` once settled — or after `maxPolls` reads in flight (MAX_POLLS by default: one limit for every poller).
 * TanStack calls it on every render too, so the back-off and the count advance only when new data arrived
 * (`dataUpdatedAt` changed), and restart with each new transition. Hidden tabs pause it.
 *
 * `inFlightKey` names what is in flight (for a list: the ids and statuses of its moving rows). When it changes — a
 * row starts or finishes a transition — the count and the back-off restart: a row stuck in transition must not use
 * up the allowance of one the operator has just created or connected.
 */
export function pollWhile<Data>(
  isInFlight: (data: Data, dataUpdatedAt: number) => boolean,
  { maxPolls = MAX_POLLS, inFlightKey }: { maxPolls?: number; inFlightKey?: (data: Data) => string } = {},
) {
  return (query: { state: { data: Data | undefined; dataUpdatedAt: number } }): number | false => {
    const { data, dataUpdatedAt } = query.state;
    if (data === undefined || !isInFlight(data, dataUpdatedAt)) {
      progress.delete(query);
      return false;
    }
    const inFlight = inFlightKey?.(data) ?? "";
    const last = progress.get(query);
    const polls =
      last === undefined || last.inFlight !== inFlight
        ? 0
        : last.updatedAt === dataUpdatedAt
          ? last.polls
          : last.polls + 1;
    const stopped = polls >= maxPolls;
    progress.set(query, { updatedAt: dataUpdatedAt, polls, inFlight, stopped });
    return !stopped && pollInterval(true, polls);
  };
}

/**
 * pollWhile for data that holds many resources: `moving` names the ones in transition (e.g. `id:status`). It polls
 * while any moves, and a change in what moves restarts the allowance.
 */
export function pollWhileMoving<Data>(moving: (data: Data) => readonly string[]) {
  return pollWhile<Data>((data) => moving(data).length > 0, { inFlightKey: (data) => moving(data).join() });
}
