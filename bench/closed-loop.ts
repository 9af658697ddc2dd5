/**
 * The load generator both benches use: N keep-alive connections, each sending its next request the moment the
 * previous reply has fully arrived (a closed loop, like autocannon), for a bounded time. Requests are bytes
 * prepared before the clock starts and replies are framed by Content-Length (or a bare chunked end), so the
 * generator spends little CPU per request — it shares the two cores with the servers it measures, and node:http's
 * client or autocannon cost several times as much (docs/BENCHMARKS.md). Latencies are kept whole (sub-millisecond),
 * not rounded to buckets.
 */
import { connect } from "node:net";

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Mean latency from Little's law (connections ÷ throughput), exact for a closed loop. */
  mean: number;
  non200: number;
  firstError?: string;
}

export interface LoadOptions {
  port: number;
  /** The next request's bytes (a fresh signature each time where the server refuses replays). */
  next: () => Buffer;
  durationMs: number;
  connections: number;
}

export async function closedLoop({ port, next, durationMs, connections }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let non200 = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + durationMs;
  const connection = () =>
    new Promise<void>((resolve, reject) => {
      const socket = connect({ host: "127.0.0.1", port, noDelay: true });
      let buffer: Buffer = Buffer.alloc(0);
      let sentAt = 0;
      const send = () => {
        if (performance.now() >= deadline) {
          socket.end();
          resolve();
          return;
        }
        sentAt = performance.now();
        socket.write(next());
      };
      socket.on("connect", send);
      socket.on("error", reject);
      socket.on("data", (chunk: Buffer) => {
        buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
        const headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd === -1) return;
        const head = buffer.subarray(0, headerEnd).toString("latin1");
        // Content-Length, or (Next's own routes) chunked: then the reply ends at the zero-size chunk.
        let length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
          const last = buffer.indexOf("\r\n0\r\n\r\n", headerEnd + 2);
          if (last === -1) return;
          length = last + 7 - (headerEnd + 4);
        }
        if (buffer.length < headerEnd + 4 + length) return;
        latencies.push(performance.now() - sentAt);
        const status = Number(head.slice(9, 12));
        if (status !== 200) {
          non200 += 1;
          firstError ??= `${status} ${buffer
            .subarray(headerEnd + 4, headerEnd + 4 + length)
            .toString()
            .slice(0, 300)}`;
        }
        buffer = buffer.subarray(headerEnd + 4 + length);
        send();
      });
    });
  await Promise.all(Array.from({ length: connections }, connection));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((latencies.length * p) / 100))] ?? 0;
  const perSecond = latencies.length / elapsed;
  return {
    requests: latencies.length,
    perSecond: Math.round(perSecond),
    p50: pct(50),
    p99: pct(99),
    max: latencies[latencies.length - 1] ?? 0,
    mean: perSecond > 0 ? (1000 * connections) / perSecond : 0,
    non200,
    firstError,
  };
}

/** Prepares `count` requests up front; the returned `next` hands them out in order and fails loudly when short. */
export function prepared(count: number, make: (i: number) => Buffer): () => Buffer {
  const list = Array.from({ length: count }, (_, i) => make(i));
  let i = 0;
  return () => {
    if (i >= list.length) throw new Error(`ran out of ${list.length} prepared requests: raise the count`);
    return list[i++]!;
  };
}

/** The same request every time (no signature to refresh: e.g. a call to the console's own route). */
export function repeated(request: Buffer): () => Buffer {
  return () => request;
}
