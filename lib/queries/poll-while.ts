/**
 * The one polling cadence of the console, for every kind (issue #20): a read every second for the first 10 s of an
 * operation — async cloud operations often settle within seconds, and the operator is looking at the screen then —
 * then ×1.5 per read up to one every 10 s, so a long transition does not hammer the API.
 */
export const FIRST_POLL_MS = 1000;
/** How long the 1 s reads last, from the moment a watch starts. */
export const EARLY_POLLING_MS = 10_000;
export const MAX_POLL_MS = 10_000;
const BACK_OFF = 1.5;

/**
 * The wait before the next read: `sinceStartMs` is how long the watch has been running, `previousMs` the wait
 * used last time (undefined for the first).
 */
export function nextPollDelay(sinceStartMs: number, previousMs: number | undefined): number {
  if (sinceStartMs < EARLY_POLLING_MS || previousMs === undefined) return FIRST_POLL_MS;
  return Math.min(MAX_POLL_MS, Math.round(previousMs * BACK_OFF));
}

/**
 * Reads after which a watcher gives up on a change that does not come (with the cadence, about three minutes): a
 * status stuck in transition, or an expected change the cloud never shows. One limit for every poller.
 */
export const MAX_POLLS = 30;

/**
 * Per query: when the current watch started (what is in flight last changed), the data version last counted, the
 * reads counted since, the wait chosen then, what was in flight, and whether the poller gave up.
 */
interface Progress {
  startedAt: number;
  updatedAt: number;
  polls: number;
  delay: number;
  inFlight: string;
  stopped: boolean;
}

const progress = new WeakMap<object, Progress>();

/** The poller gave up on this query: its last answer was still in flight after the limit (UI: "stopped checking"). */
export function pollingStopped(query: object | undefined): boolean {
  return query !== undefined && (progress.get(query)?.stopped ?? false);
}

/** Forgets the count, so the next answer starts a fresh allowance — an operator's "Check again". */
export function restartPolling(query: object | undefined): void {
  if (query !== undefined) progress.delete(query);
}

/** Something of this query is in flight and its poller has not given up: it is being watched. */
export function isWatched(query: object): boolean {
  const p = progress.get(query);
  return p !== undefined && !p.stopped;
}

/**
 * `refetchOnWindowFocus` / `refetchOnReconnect` for every query (app/providers.tsx): a tab that becomes visible
 * again, or a browser back online, reads what it watches once at once ("always": even if the last read is recent),
 * then the cadence goes on. Settled data is not re-read: an idle page stays at 0 requests.
 */
export function refetchIfWatched(query: object): "always" | false {
  return isWatched(query) ? "always" : false;
}

/**
 * THE polling primitive: `refetchInterval` as a function of the last data — the cadence (nextPollDelay, above)
 * while anything is in flight, `false` once settled, or after `maxPolls` reads in flight (MAX_POLLS by default).
 * TanStack calls it on every render too, so the cadence and the count advance only when new data arrived
 * (`dataUpdatedAt` changed). Hidden tabs skip the reads (TanStack's focus manager); becoming visible reads at once
 * (refetchIfWatched).
 *
 * `inFlightKey` names what is in flight (for a list: the ids and statuses of its moving rows). When it changes — a
 * row starts or finishes a transition — the watch starts over: 1 s reads again, a fresh allowance. A row stuck in
 * transition must not use up the allowance of one the operator has just created or connected.
 */
export function pollWhile<Data>(
  isInFlight: (data: Data) => boolean,
  { maxPolls = MAX_POLLS, inFlightKey }: { maxPolls?: number; inFlightKey?: (data: Data) => string } = {},
) {
  return (query: { state: { data: Data | undefined; dataUpdatedAt: number } }): number | false => {
    const { data, dataUpdatedAt } = query.state;
    if (data === undefined || !isInFlight(data)) {
      progress.delete(query);
      return false;
    }
    const inFlight = inFlightKey?.(data) ?? "";
    const last = progress.get(query);
    const now = Date.now();
    let next: Progress;
    if (last === undefined || last.inFlight !== inFlight) {
      next = {
        startedAt: now,
        updatedAt: dataUpdatedAt,
        polls: 0,
        delay: nextPollDelay(0, undefined),
        inFlight,
        stopped: false,
      };
    } else if (last.updatedAt === dataUpdatedAt) {
      next = last;
    } else {
      const polls = last.polls + 1;
      const delay = nextPollDelay(now - last.startedAt, last.delay);
      next = { ...last, updatedAt: dataUpdatedAt, polls, delay, stopped: polls >= maxPolls };
    }
    progress.set(query, next);
    return !next.stopped && next.delay;
  };
}

/**
 * pollWhile for data that holds many resources: `moving` names the ones in transition (e.g. `id:status`). It polls
 * while any moves, and a change in what moves starts the watch over.
 */
export function pollWhileMoving<Data>(moving: (data: Data) => readonly string[]) {
  return pollWhile<Data>((data) => moving(data).length > 0, { inFlightKey: (data) => moving(data).join() });
}
