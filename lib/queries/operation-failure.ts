import type { ProxyErrorBody } from "@/lib/proxy/proxy-error";

export type FailureDetail = ProxyErrorBody["error"];

/** What a failed call through the proxy route tells the browser: validation, request or cloud error. */
export class OperationFailure extends Error {
  constructor(
    readonly status: number,
    readonly detail: FailureDetail,
  ) {
    super(detail.message);
    this.name = "OperationFailure";
  }

  /**
   * A retry of the same attempt is worth it (network hiccup, 5xx, throttling) — with the same ClientToken.
   * 412 `IdempotentProcessing` too: the cloud accepted a request with this token and is still on it, so only the
   * same token can pick up its result; a new one would start a second resource (docs/cloud-apis.md §6.1).
   * Never a 503 `source: "config"`: the server's environment is wrong, so asking again cannot help until an
   * operator fixes it and restarts the console (and nothing was sent, so there is no attempt to keep).
   */
  get isTransient(): boolean {
    if (this.detail.source === "config") return false;
    return (
      // The proxy's outcome contract (lib/cloud/outcome.ts): a call that may have been applied keeps its token, so
      // the operator's next try is deduplicated by the cloud instead of creating a second resource.
      this.detail.outcome === "unknown" ||
      this.detail.outcome === "unavailable" ||
      this.status === 0 ||
      this.status >= 500 ||
      this.status === 429 ||
      this.detail.code.startsWith("Throttling") ||
      this.detail.code === "IdempotentProcessing"
    );
  }
}

/** A query's `retry`: 4xx answers won't change by asking again; transient failures get two more tries. */
export const retryTransient = (count: number, error: Error) =>
  error instanceof OperationFailure && error.isTransient && count < 2;
