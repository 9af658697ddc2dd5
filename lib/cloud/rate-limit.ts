import { processWide } from "@/lib/server/process-wide";
import type { OperationDef } from "@/lib/operations/types";
import { sleepMs } from "./retry";

/**
 * Client-side pacing for APIs with a documented per-user request rate (Live relay APIs: 10 requests/s per user,
 * docs/cloud-apis.md §5.2, §7.1). One sliding window per key — cloud + product + account — so every operation of the product
 * shares the account's allowance, whichever page or tab sent it.
 *
 * Why a sliding window and not a token bucket: a bucket of N refilling at N/s lets a burst of N go and then one
 * more every 1/N s, so up to ~2N calls can land in one rolling second — and a strict gateway (like the emulator,
 * lib/emulator/products/live) counts calls per rolling second and refuses the excess. Here at most N calls START
 * within any 1000 ms, strictly. The cost: the (N+1)th call of a burst waits ~1 s instead of 1/N s. This bounds when
 * calls leave, not when the gateway counts them: a call that spends longer in flight than the one N after it can
 * still land in the same gateway second (seen against the emulator over HTTP when the first burst is slow).
 *
 * A call that does not fit is DELAYED until the oldest of the last N starts is 1000 ms old, never failed:
 * throttling is the cloud's job, ours is to not provoke it. Reservation style: a call books its start time at once
 * and then sleeps until it, so a burst queues in arrival order, nobody overtakes, and no background timer is
 * needed. Clock and sleep are injected so tests never wait.
 */

export interface RateLimitClock {
  /** Milliseconds on any monotonic scale. */
  now(): number;
  /** Resolves after `ms`, or early once `signal` aborts (the caller then checks the signal). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: RateLimitClock = {
  now: () => performance.now(),
  sleep: sleepMs,
};

const WINDOW_MS = 1000;

/** Books start times so that no 1000 ms window holds more than `limit` of them. */
export class SlidingWindow {
  /**
   * Booked start times of the last `limit` calls, oldest first and never decreasing; older ones can no longer
   * share a window with a new call, so memory stays at `limit` entries.
   */
  private readonly starts: number[];

  constructor(
    readonly limit: number,
    private readonly clock: Pick<RateLimitClock, "now">,
    /** Start times booked under an earlier limit, so a change of limit does not forget the last second. */
    previous: readonly number[] = [],
  ) {
    if (!Number.isInteger(limit) || limit <= 0) {
      throw new RangeError(`limit must be a positive integer, got ${limit}`);
    }
    this.starts = previous.slice(-limit);
  }

  /** Books one start and returns how long (ms) the caller must wait before starting; 0 = go now. */
  reserve(): number {
    const now = this.clock.now();
    const oldest = this.starts.length < this.limit ? -Infinity : this.starts[0]!;
    // Rounded up (performance.now() has fractions) and booked as rounded, so the window only errs on the slow side.
    const wait = Math.max(0, Math.ceil(oldest + WINDOW_MS - now));
    this.starts.push(now + wait);
    if (this.starts.length > this.limit) this.starts.shift();
    return wait;
  }

  /** The booked start times still kept (oldest first). */
  recent(): readonly number[] {
    return this.starts;
  }
}

export class RateLimiter {
  private readonly windows = new Map<string, SlidingWindow>();

  constructor(private readonly clock: RateLimitClock = systemClock) {}

  /**
   * Waits until one more call under `key` fits `ratePerSecond` calls per rolling second; resolves with the delay it
   * imposed (ms). A wait cut short by `signal` resolves early; the booked start is not given back (erring on the
   * slow side).
   */
  async acquire(key: string, ratePerSecond: number, signal?: AbortSignal): Promise<number> {
    let window = this.windows.get(key);
    // Operations of one product declare the same rate; should one differ, the latest declaration wins.
    if (!window || window.limit !== ratePerSecond) {
      window = new SlidingWindow(ratePerSecond, this.clock, window?.recent());
      this.windows.set(key, window);
    }
    const wait = window.reserve();
    if (wait > 0) await this.clock.sleep(wait, signal);
    return wait;
  }
}

/** The account's allowance is per product, not per operation: every Live relay API draws from one window. */
export function rateLimitKey(op: Pick<OperationDef, "cloud" | "product">, accountId: string): string {
  return `${op.cloud}/${op.product}/${accountId}`;
}

/** One limiter per server process, shared by every request the proxy forwards (Next's route and the fast path). */
export const sharedRateLimiter = processWide("rate-limiter", () => new RateLimiter());
