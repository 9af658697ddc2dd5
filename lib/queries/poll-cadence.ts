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
