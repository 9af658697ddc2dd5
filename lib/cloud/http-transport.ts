import "server-only";
import { http1Request } from "./http1/client";

/**
 * The HTTP client under callOperation: our keep-alive HTTP/1.1 client (lib/cloud/http1/client.ts). Node 20's
 * `fetch` (undici) costs ~300 µs more CPU per call than node:http on these machines, and node:http ~110 µs more
 * than ours (docs/BENCHMARKS.md, "Proxy route"); the proxy spends most of its time here. Shaped like the part of
 * `fetch` we use, so tests can still script a `fetch`. The whole body is read before the promise resolves.
 */
export interface TransportInit {
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  /** The caller's cancellation: the transport rejects with an AbortError. */
  signal?: AbortSignal;
  /**
   * No complete response (body included) within this many ms → reject with an error named "TimeoutError". Part of
   * the contract rather than an AbortSignal.timeout from the caller: a signal per attempt costs ~10 µs of CPU.
   */
  timeoutMs?: number;
  /** Honoured by `fetch`; our client never follows redirects, which is what we want (signed headers stay put). */
  redirect?: "manual";
}

export interface TransportResponse {
  status: number;
  headers: Pick<Headers, "get">;
  text(): Promise<string>;
}

export type Transport = (url: string, init: TransportInit) => Promise<TransportResponse>;

export const httpTransport: Transport = async (url, init) => {
  const response = await http1Request(url, {
    method: init.method,
    headers: init.headers,
    body: init.body,
    signal: init.signal,
    timeoutMs: init.timeoutMs,
  });
  const text = response.body.toString("utf8");
  return {
    status: response.status,
    headers: { get: (name) => response.headers.get(name.toLowerCase()) ?? null },
    text: () => Promise.resolve(text),
  };
};
