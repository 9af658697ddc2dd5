/** An injected fetch for callOperation tests: records every attempt and answers from a script. */
import { splitTarget } from "./signing/received-request";

export interface Attempt {
  url: string;
  init: RequestInit;
  params: Map<string, string>;
}

/**
 * One script entry per attempt; the last one repeats. `"hang"` never answers: it fails like our transport does when
 * the caller's signal aborts (AbortError) or `timeoutMs` passes (TimeoutError).
 */
export function scriptedFetch(script: Array<Response | Error | "hang">) {
  const attempts: Attempt[] = [];
  const fn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    attempts.push({
      url,
      init: init ?? {},
      params: new Map(splitTarget(new URL(url).pathname + new URL(url).search).query),
    });
    const step = script[Math.min(attempts.length - 1, script.length - 1)]!;
    if (step === "hang") {
      const timeoutMs = (init as { timeoutMs?: number } | undefined)?.timeoutMs;
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        if (timeoutMs !== undefined)
          setTimeout(() => reject(new DOMException("timed out", "TimeoutError")), timeoutMs);
      });
    }
    if (step instanceof Error) throw step;
    return step.clone();
  }) as typeof fetch;
  return { fetch: fn, attempts };
}

export const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
export const aliError = (status: number, Code: string) =>
  json(status, { RequestId: "rid-" + Code, HostId: "h", Code, Message: Code + " happened" });
export const volcError = (status: number, Code: string) =>
  json(status, {
    ResponseMetadata: { RequestId: "vid-" + Code, Action: "X", Version: "V", Error: { Code, Message: Code } },
  });
export const refused = () =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
  });
export const reset = () =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }),
  });
