import type { CloudError } from "./cloud-error";

/**
 * Retry policy for cloud calls: which failures are worth another attempt, and whether another attempt is SAFE.
 * Pure decisions plus a loop with injected sleep and random, so tests never wait.
 *
 * A failure falls in one of four groups:
 * - `not-sent`: the request provably never reached the cloud (connection refused, DNS failure, connect timeout).
 * - `busy`: the cloud answered that it did not execute it now (throttling, flow control, IdempotentProcessing).
 * - `unknown`: it may have been executed (timeout mid-flight, connection reset, 5xx, Live's 200 `CommonErr`).
 * - `final`: anything else — a real answer; retrying cannot change it.
 * The first two are retried for every request; `unknown` only when a repeat is harmless: a query, a mutation
 * carrying a ClientToken (the cloud deduplicates it), or one declared `repeatSafe` (Live's whole-config upsert). Any
 * other token-less mutation (e.g. ConnectRouterInterface) is never repeated after a timeout or 5xx: it could run
 * twice.
 */

export type FailureClass = "not-sent" | "busy" | "unknown" | "final";

export interface RetryPolicy {
  /** Further attempts after the first. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * How long, in total back-off, a ClientToken answered with `IdempotentProcessing` is asked about again before
   * the call gives up (lib/cloud/outcome.ts then calls it "unknown"). These polls are not retries: the cloud is
   * still applying the first request, and only the same token can fetch its result.
   */
  processingWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  processingWaitMs: 15_000,
};

/** Delay before the n-th ask (n from 0) about a token still being processed: 250 ms doubling, at most 2 s. */
export function processingDelayMs(n: number): number {
  return Math.min(2_000, 250 * 2 ** n);
}

const THROTTLING_CODES = new Set([
  "Throttling",
  "FlowLimitExceeded",
  "AccountFlowLimitExceeded",
  "IdempotentProcessing",
]);

export function classifyFailure(error: Pick<CloudError, "code" | "httpStatus" | "notSent">): FailureClass {
  const { code, httpStatus } = error;
  if (error.notSent) return "not-sent";
  // Live answers 429 for "already exists" (docs/cloud-apis.md §7.1, §10.12): an answer, not flow control.
  if (code === "RequestLimitExceeded.Exist") return "final";
  if (THROTTLING_CODES.has(code) || code.startsWith("Throttling.") || httpStatus === 429) return "busy";
  if (code === "RequestAborted") return "final";
  if (code === "RequestTimeout" || code === "NetworkError" || code === "CommonErr" || httpStatus >= 500)
    return "unknown";
  return "final";
}

/** `repeatable`: re-sending a request that may have been executed is harmless (query, ClientToken, repeat-safe). */
export function shouldRetry(failure: FailureClass, repeatable: boolean): boolean {
  if (failure === "not-sent" || failure === "busy") return true;
  return failure === "unknown" && repeatable;
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base·2^retry)). `retry` counts from 0. */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(random() * cap);
}

export interface RetryLoopOptions {
  policy: RetryPolicy;
  repeatable: boolean;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  signal?: AbortSignal;
  /** Errors that are not CloudErrors (bugs) are rethrown at once. */
  isCloudError: (e: unknown) => e is CloudError;
}

/**
 * Runs `attempt(n)` (n from 0) until it succeeds, the failure is not retryable, or the retries are used up. A
 * repeatable call answered `IdempotentProcessing` is asked about again (same token) for up to
 * `processingWaitMs` of back-off, without using a retry, and ends with the cloud's real answer when it comes.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryLoopOptions,
): Promise<T> {
  const { policy } = options;
  let retries = 0;
  let polls = 0;
  let waited = 0;
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (e) {
      if (!options.isCloudError(e) || options.signal?.aborted) throw e;
      let delay: number;
      if (e.code === "IdempotentProcessing" && options.repeatable) {
        // Counted in back-off, not wall time, so the bound holds whatever the clock (and tests never wait).
        if (waited >= policy.processingWaitMs) throw e;
        delay = Math.min(processingDelayMs(polls++), policy.processingWaitMs - waited);
        waited += delay;
      } else {
        const retryable = shouldRetry(classifyFailure(e), options.repeatable);
        if (!retryable || retries >= policy.maxRetries) throw e;
        delay = backoffDelayMs(retries++, policy, options.random);
      }
      await options.sleep(delay, options.signal);
    }
  }
}

/** Real sleep for production; resolves early (and the loop then stops) when the caller aborts. */
export function sleepMs(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
