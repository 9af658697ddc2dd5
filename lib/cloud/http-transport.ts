import "server-only";
import http from "node:http";
import https from "node:https";
import { headerView } from "./node-headers";

/**
 * The HTTP client under callOperation: node:http(s) with keep-alive agents. Node 20's built-in `fetch` (undici)
 * costs ~300 µs more CPU per call than node:http on these machines (docs/BENCHMARKS.md, "Proxy route"), which is
 * most of what the proxy spends. Shaped like the part of `fetch` we use, so tests can still script a `fetch`.
 */
export interface TransportInit {
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  signal?: AbortSignal;
  /** Honoured by `fetch`; node:http never follows redirects, which is what we want (signed headers stay put). */
  redirect?: "manual";
}

export interface TransportResponse {
  status: number;
  headers: Pick<Headers, "get">;
  text(): Promise<string>;
}

export type Transport = (url: string, init: TransportInit) => Promise<TransportResponse>;

// Idle sockets are dropped after 4 s, before servers' usual 5 s keep-alive timeout, so a call rarely lands on a
// socket the server is closing at that very moment (such a reset is retried only where a retry is safe).
const agentOptions = { keepAlive: true, timeout: 4_000, scheduling: "lifo" } as const;
const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

export const httpTransport: Transport = (url, init) =>
  new Promise((resolve, reject) => {
    const isHttps = url.startsWith("https:");
    const headers: Record<string, string | number> = { ...init.headers };
    if (init.body) headers["content-length"] = init.body.byteLength;
    const request = (isHttps ? https : http).request(
      url,
      {
        method: init.method,
        headers,
        agent: isHttps ? agents.https : agents.http,
        signal: init.signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        const text = new Promise<string>((resolveText, rejectText) => {
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolveText(Buffer.concat(chunks).toString("utf8")));
          response.on("error", rejectText);
          response.on("aborted", () => rejectText(new Error("The response was cut off")));
        });
        // Settled either way, so an unread body (never the case in callOperation) cannot raise an unhandled rejection.
        text.catch(() => {});
        resolve({
          status: response.statusCode ?? 0,
          headers: headerView(response.headers),
          text: () => text,
        });
      },
    );
    request.on("error", reject);
    request.end(init.body);
  });
