import "server-only";
import { Agent, type Dispatcher } from "undici";

/**
 * The HTTP client under callOperation: undici (the client behind Node's `fetch`), one keep-alive connection pool
 * per endpoint origin, HTTP/1.1, TLS with Node's normal certificate checks (and session resumption), redirects never
 * followed (a redirect would carry signed headers to a host we did not choose). Shaped like the part of `fetch` we
 * use, so tests can still script a `fetch`; the whole body is read before the promise resolves.
 *
 * It sends through undici's `dispatch` rather than `request`/`fetch` because the caller must know whether the
 * request reached the wire: dispatch reports the moment the request is written on a connected socket.
 *
 * What it rejects with — every error has a string `code` and a boolean `requestSent`:
 * - `name: "AbortError"`, code `ABORT_ERR`: the caller's `signal` aborted (before or during the exchange).
 * - `name: "TimeoutError"`, code `ETIMEDOUT`, `requestSent: true`: the request was written and no complete response
 *   (body included) arrived within `timeoutMs`.
 * - `requestSent: false` — nothing reached the cloud: code `ECONNREFUSED`, `ENOTFOUND`, `EAI_AGAIN`, `EHOSTUNREACH`,
 *   `ENETUNREACH` (the connection never opened), `UND_ERR_CONNECT_TIMEOUT` (still connecting when `timeoutMs`, or
 *   undici's own connect timeout, ran out), a TLS failure (e.g. `DEPTH_ZERO_SELF_SIGNED_CERT`,
 *   `ERR_TLS_CERT_ALTNAME_INVALID`) or an invalid request (`UND_ERR_INVALID_ARG`, e.g. a CR/LF in a header value).
 * - `requestSent: true` — the request was written, then: code `ECONNRESET` (the connection closed or was reset
 *   before the complete response; undici's "other side closed" is reported as this too), an `HPE_*` code (the reply
 *   is not HTTP), or another socket error's code.
 */
export interface TransportInit {
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
  /** The caller's cancellation: the transport rejects with an AbortError. */
  signal?: AbortSignal;
  /**
   * No complete response (body included) within this many ms → reject with an error named "TimeoutError" (or
   * `UND_ERR_CONNECT_TIMEOUT` if the connection was still being opened). Part of the contract rather than an
   * AbortSignal.timeout from the caller: one plain timer per attempt, nothing to combine with the caller's signal.
   */
  timeoutMs?: number;
  /** Honoured by `fetch`; this transport never follows redirects, which is what we want (signed headers stay put). */
  redirect?: "manual";
}

export interface TransportResponse {
  status: number;
  headers: Pick<Headers, "get">;
  text(): Promise<string>;
}

export type Transport = (url: string, init: TransportInit) => Promise<TransportResponse>;

/** What the transport rejects with (see the list above). */
export interface TransportError extends Error {
  code: string;
  requestSent: boolean;
}

/**
 * One Agent for the process: it keeps a pool of keep-alive connections per origin. Idle connections close after 4 s
 * (servers commonly time out idle ones at 5 s; a server's Keep-Alive hint shortens it), and never keep the process
 * alive.
 */
const agent = new Agent({ keepAliveTimeout: 4_000, connect: { timeout: 10_000 } });

export const httpTransport: Transport = (url, init) =>
  new Promise((resolve, reject) => {
    if (init.signal?.aborted) {
      reject(transportError("AbortError", "ABORT_ERR", "The request was cancelled", false));
      return;
    }
    const at = pathStart(url);
    const exchange = new Exchange(resolve, reject, init.signal, init.timeoutMs);
    agent.dispatch(
      {
        origin: url.slice(0, at),
        path: at === url.length ? "/" : url[at] === "?" ? `/${url.slice(at)}` : url.slice(at),
        method: init.method,
        headers: init.headers,
        body: init.body ?? null,
      },
      exchange,
    );
  });

/** Where the path (or a bare query) begins: the first `/` or `?` after the scheme's `//`, else the end. */
function pathStart(url: string): number {
  const authority = url.indexOf("//") + 2;
  for (let i = authority; i < url.length; i++) if (url[i] === "/" || url[i] === "?") return i;
  return url.length;
}

/** One request from dispatch to the complete response; settles its promise once, whatever undici reports after. */
class Exchange implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private settled = false;
  private failure: TransportError | undefined;
  private status = 0;
  private headers: Record<string, string | string[] | undefined> = {};
  private readonly chunks: Buffer[] = [];
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly resolve: (response: TransportResponse) => void,
    private readonly reject: (error: TransportError) => void,
    private readonly signal: AbortSignal | undefined,
    timeoutMs: number | undefined,
  ) {
    signal?.addEventListener("abort", this.onAbort);
    if (timeoutMs !== undefined) this.timer = setTimeout(this.onTimeout, timeoutMs);
  }

  /** Called just before the request is written on a connected socket. */
  onRequestStart(controller: Dispatcher.DispatchController): void {
    // Cancelled or timed out while waiting for a connection: withdraw it before it is written.
    if (this.failure) return controller.abort(this.failure);
    this.controller = controller;
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    // 1xx answers come through here too; the final status and headers are the last ones.
    this.status = statusCode;
    this.headers = headers;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.settled) return;
    this.done();
    const text =
      this.chunks.length === 1
        ? this.chunks[0]!.toString("utf8")
        : Buffer.concat(this.chunks).toString("utf8");
    const headers = this.headers;
    this.resolve({
      status: this.status,
      headers: {
        get(name) {
          const value = headers[name.toLowerCase()];
          if (value === undefined) return null;
          return Array.isArray(value) ? value.join(", ") : value;
        },
      },
      text: () => Promise.resolve(text),
    });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (!this.settled) this.fail(fromUndici(error, this.controller !== undefined));
  }

  private readonly onAbort = () =>
    this.fail(
      transportError("AbortError", "ABORT_ERR", "The request was cancelled", this.controller !== undefined),
    );

  private readonly onTimeout = () =>
    this.fail(
      this.controller
        ? transportError("TimeoutError", "ETIMEDOUT", "No complete response in time", true)
        : transportError("ConnectTimeoutError", "UND_ERR_CONNECT_TIMEOUT", "No connection in time", false),
    );

  /** Settles with `error`; a request on the wire is aborted (its connection closes), a queued one when it starts. */
  private fail(error: TransportError): void {
    if (this.settled) return;
    this.done();
    this.failure = error;
    this.controller?.abort(error);
    this.reject(error);
  }

  private done(): void {
    this.settled = true;
    this.signal?.removeEventListener("abort", this.onAbort);
    if (this.timer) clearTimeout(this.timer);
  }
}

function transportError(name: string, code: string, message: string, requestSent: boolean): TransportError {
  return Object.assign(new Error(message), { name, code, requestSent });
}

/**
 * undici's error as the contract above: the socket's own code where there is one, "other side closed" as ECONNRESET,
 * and a parser error (undici leaves its code unset) as HPE_INVALID_RESPONSE.
 */
function fromUndici(error: Error, requestSent: boolean): TransportError {
  const raw = (error as { code?: unknown }).code;
  let code =
    typeof raw === "string" ? raw : error.name === "HTTPParserError" ? "HPE_INVALID_RESPONSE" : "UND_ERR";
  if (code === "UND_ERR_SOCKET") code = "ECONNRESET";
  return Object.assign(new Error(error.message, { cause: error }), { name: error.name, code, requestSent });
}
