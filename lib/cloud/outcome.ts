import type { CloudError } from "./cloud-error";
import { classifyFailure } from "./retry";

/**
 * The outcome contract (issue #13): what a failed call means for the state of the cloud, so an operator never
 * takes "it may have been applied" for "it failed" and submits a duplicate.
 * - `refused`: nothing was changed — the input was invalid, the role or configuration did not allow it, or the
 *   cloud answered with a refusal and its code.
 * - `unavailable`: the cloud did not take the request (connection refused, DNS failure, cancelled before it was
 *   sent, throttled, an upstream 503): nothing was changed and asking again later is safe.
 * - `unknown`: it may have been applied — timeout or connection reset after sending, a 5xx other than 503, Live's `CommonErr`, a
 *   ClientToken still `IdempotentProcessing` when we stopped waiting. Check before doing it again.
 */
export type Outcome = "refused" | "unavailable" | "unknown";

/** The one classification of a cloud call's failure; the retry policy (lib/cloud/retry.ts) is its other reader. */
export function outcomeOf(error: Pick<CloudError, "code" | "httpStatus" | "notSent">): Outcome {
  // The browser left: whatever was sent may still be applied; a call cancelled before sending never left.
  if (error.code === "RequestAborted") return error.notSent ? "unavailable" : "unknown";
  // The cloud holds the token and is still applying the first request: the very case of "may have been applied".
  if (error.code === "IdempotentProcessing") return "unknown";
  // A 503 is the cloud's own answer that it did not take the request now (ServiceUnavailable): nothing was applied
  // and asking again later is safe. The retry policy stays stricter (it treats every 5xx as unclear), so a
  // token-less mutation is still never re-sent by lib/cloud on its own.
  if (error.httpStatus === 503) return "unavailable";
  switch (classifyFailure(error)) {
    case "not-sent":
    case "busy":
      return "unavailable";
    case "unknown":
      return "unknown";
    case "final":
      return "refused";
  }
}
