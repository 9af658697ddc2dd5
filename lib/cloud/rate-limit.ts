import type { OperationDef } from "@/lib/operations/types";
import { sleepMs } from "./retry";

/**
 * Client-side pacing for APIs with a documented per-user request rate (Live relay APIs: 10 requests/s per user,
 * apis.md §5.2, §7.1). One token bucket per key — cloud + product + account — so every operation of the product
 * shares the account's allowance, whichever page or tab sent it.
 *
 * A call that finds the bucket empty is DELAYED until its token is due, never failed: throttling is the cloud's
 * job, ours is to not provoke it. Reservation style: a call takes its token at once (the balance may go below zero)
 * and then sleeps until the token would have been there, so a burst queues in arrival order, nobody overtakes,
 * and no background timer is needed. Clock and sleep are injected so tests never wait.
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

// Float residue (0.1 × 10 is not exactly 1) must not turn a 100 ms wait into 101 ms.
const EPSILON = 1e-9;

/** Holds up to `ratePerSecond` tokens (one second's worth of burst) and refills continuously at that rate. */
export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly ratePerSecond: number,
    private readonly clock: Pick<RateLimitClock, "now">,
  ) {
    if (!(ratePerSecond > 0)) throw new RangeError(`ratePerSecond must be positive, got ${ratePerSecond}`);
    this.tokens = ratePerSecond;
    this.updatedAt = clock.now();
  }

  /** Takes one token and returns how long (ms) the caller must wait before using it; 0 = go now. */
  reserve(): number {
    const now = this.clock.now();
    const refill = (Math.max(0, now - this.updatedAt) * this.ratePerSecond) / 1000;
    this.tokens = Math.min(this.ratePerSecond, this.tokens + refill) - 1;
    this.updatedAt = now;
    if (this.tokens >= -EPSILON) return 0;
    return Math.ceil((-this.tokens * 1000) / this.ratePerSecond - EPSILON);
  }
}

export class RateLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly clock: RateLimitClock = systemClock) {}

  /**
   * Waits until one more call under `key` fits `ratePerSecond`; resolves with the delay it imposed (ms). A wait
   * cut short by `signal` resolves early; the reserved token is not given back (erring on the slow side).
   */
  async acquire(key: string, ratePerSecond: number, signal?: AbortSignal): Promise<number> {
    let bucket = this.buckets.get(key);
    // Operations of one product declare the same rate; should one differ, the latest declaration wins.
    if (!bucket || bucket.ratePerSecond !== ratePerSecond) {
      bucket = new TokenBucket(ratePerSecond, this.clock);
      this.buckets.set(key, bucket);
    }
    const wait = bucket.reserve();
    if (wait > 0) await this.clock.sleep(wait, signal);
    return wait;
  }
}

/** The account's allowance is per product, not per operation: every Live relay API draws from one bucket. */
export function rateLimitKey(op: Pick<OperationDef, "cloud" | "product">, accountId: string): string {
  return `${op.cloud}/${op.product}/${accountId}`;
}

/** One limiter per server process, shared by every request the proxy route forwards. */
export const sharedRateLimiter = new RateLimiter();
