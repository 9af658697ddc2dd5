/**
 * Polling cadence while something is in flight: about 1 s first (async cloud operations often settle within
 * seconds), then ×1.5 per poll up to 10 s so a long transition does not hammer the API. `false` stops.
 */
export const FIRST_POLL_MS = 1000;
export const MAX_POLL_MS = 10_000;

export function pollInterval(isInFlight: boolean, pollsSoFar: number): number | false {
  if (!isInFlight) return false;
  return Math.min(MAX_POLL_MS, Math.round(FIRST_POLL_MS * 1.5 ** Math.max(0, pollsSoFar)));
}
