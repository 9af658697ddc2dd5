/** Time source for every rule that depends on time (signature window, nonces, timed transitions). */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests move by hand, so no test ever sleeps. */
export class ManualClock implements Clock {
  constructor(private current = Date.parse("2026-11-22T08:00:00Z")) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
  set(epochMs: number): void {
    this.current = epochMs;
  }
}
