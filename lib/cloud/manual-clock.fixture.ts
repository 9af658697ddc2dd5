import { ManualClock } from "@/lib/emulator/core/clock";
import type { RateLimitClock } from "./rate-limit";

/**
 * A clock that only moves when the test says so; sleepers wake when their time has come. It drives `base`, so an
 * in-process emulator can share it.
 */
export function manualClock(base = new ManualClock(0)) {
  const origin = base.now();
  let sleepers: { at: number; wake: () => void }[] = [];
  const sleeps: number[] = [];
  const clock: RateLimitClock = {
    now: () => base.now(),
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        sleeps.push(ms);
        const sleeper = { at: base.now() + ms, wake: resolve };
        sleepers.push(sleeper);
        signal?.addEventListener("abort", () => resolve(), { once: true });
      }),
  };
  return {
    clock,
    sleeps,
    /** Milliseconds since the clock was made. */
    now: () => base.now() - origin,
    async advance(ms: number) {
      base.advance(ms);
      const due = sleepers.filter((s) => s.at <= base.now());
      sleepers = sleepers.filter((s) => s.at > base.now());
      for (const s of due) s.wake();
      await flush();
    },
    /** Moves from one wake-up to the next until nobody sleeps, so every intermediate instant is visited. */
    async runUntilIdle() {
      await flush();
      while (sleepers.length > 0) {
        await this.advance(Math.min(...sleepers.map((s) => s.at)) - base.now());
      }
    },
  };
}

/** Lets every pending promise callback run (no time passes). */
export const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
