import net from "node:net";
import tls from "node:tls";
import { HttpProtocolError, ResponseParser, type ParsedResponse } from "./response-parser";

/**
 * A small HTTP/1.1 client with keep-alive connections, for the console's signed cloud calls. Why not node:http:
 * its ClientRequest, Agent and abort-signal plumbing cost ~110–140 µs of CPU per call on these machines against
 * ~25 µs for this (docs/BENCHMARKS.md, "Proxy route"), and the proxy spends most of its time there. What the API
 * calls need is small: one request written in one go, a response framed by Content-Length or chunked encoding,
 * TLS for the clouds, no redirects, no compression (we never send Accept-Encoding), no pipelining.
 */

export interface Http1Request {
  method: string;
  /** Lower-case names; values must not contain CR or LF. `host` defaults to the URL's. */
  headers: Record<string, string>;
  body?: Uint8Array;
  signal?: AbortSignal;
  /** No complete response within this many ms → the request fails with a TimeoutError (and its socket closes). */
  timeoutMs?: number;
}

export type Http1Response = Pick<ParsedResponse, "status" | "headers" | "body">;

/** An idle connection older than this is closed instead of reused: servers commonly time out at 5 s. */
const IDLE_REUSE_MS = 4_000;
/** Idle connections kept per origin (LIFO); more are closed once a burst is over. */
const MAX_IDLE = 64;
const URL_PARTS = /^(https?):\/\/(\[[0-9a-fA-F:.]+\]|[^/?#:[\]@]+)(?::(\d{1,5}))?([/?][^#]*)?$/;
const UNSAFE_HEADER = /[\r\n\0]/;

interface Origin {
  secure: boolean;
  host: string;
  port: number;
  hostHeader: string;
  idle: Connection[];
  /** The last TLS session, offered again so a new connection resumes instead of a full handshake. */
  session?: Buffer;
}

/** One pooled socket. Its listeners are attached once; `exchange` is the request it is answering now, if any. */
class Connection {
  exchange: Exchange | undefined;
  idleSince = 0;

  constructor(
    readonly socket: net.Socket,
    private readonly origin: Origin,
  ) {
    socket.on("data", (chunk: Buffer) => {
      if (this.exchange) this.exchange.data(chunk);
      else socket.destroy(); // bytes nobody asked for: the connection is no longer in a known state
    });
    socket.on("error", (error) => this.exchange?.fail(error));
    socket.on("end", () => this.exchange?.closed());
    socket.on("close", () => {
      this.exchange?.closed();
      const at = origin.idle.indexOf(this);
      if (at !== -1) origin.idle.splice(at, 1);
    });
  }

  release(): void {
    this.exchange = undefined;
    if (this.socket.destroyed || this.origin.idle.length >= MAX_IDLE) {
      this.socket.destroy();
      return;
    }
    this.idleSince = performance.now();
    // An idle connection must not keep the process alive (scripts and tests end when their work does).
    this.socket.unref();
    this.origin.idle.push(this);
  }
}

/** One request on one connection, from write to the complete response. */
class Exchange {
  private readonly parser: ResponseParser;
  private settled = false;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    noBody: boolean,
    private readonly resolve: (response: Http1Response) => void,
    private readonly reject: (error: unknown) => void,
    private readonly signal: AbortSignal | undefined,
    timeoutMs: number | undefined,
  ) {
    this.parser = new ResponseParser(noBody);
    signal?.addEventListener("abort", this.abort);
    // A plain timer, not AbortSignal.timeout: a signal and its listeners cost more than the rest of the exchange.
    if (timeoutMs !== undefined) this.timer = setTimeout(this.timeout, timeoutMs);
  }

  data(chunk: Buffer): void {
    let response: ParsedResponse | undefined;
    try {
      response = this.parser.push(chunk);
    } catch (error) {
      return this.fail(error);
    }
    if (!response) return;
    this.done();
    if (response.keepAlive && response.extra === 0) this.connection.release();
    else this.connection.socket.destroy();
    this.resolve(response);
  }

  closed(): void {
    if (this.settled) return;
    let response: ParsedResponse;
    try {
      response = this.parser.end();
    } catch (error) {
      return this.fail(error);
    }
    this.done();
    this.resolve(response);
  }

  fail(error: unknown): void {
    if (this.settled) return;
    this.done();
    this.connection.socket.destroy();
    this.reject(error);
  }

  private readonly abort = () => this.fail(abortError());

  private readonly timeout = () =>
    this.fail(
      Object.assign(new Error("No complete response in time"), { name: "TimeoutError", code: "ETIMEDOUT" }),
    );

  private done(): void {
    this.settled = true;
    this.connection.exchange = undefined;
    this.signal?.removeEventListener("abort", this.abort);
    if (this.timer) clearTimeout(this.timer);
  }
}

function abortError(): Error {
  return Object.assign(new Error("The operation was aborted"), { name: "AbortError", code: "ABORT_ERR" });
}

const origins = new Map<string, Origin>();

function originOf(url: string): { origin: Origin; path: string } {
  const parts = URL_PARTS.exec(url);
  if (!parts) throw new TypeError("Invalid URL for the cloud client");
  const [, scheme, host, port, rest] = parts;
  const key = `${scheme}://${host}:${port ?? ""}`;
  let origin = origins.get(key);
  if (!origin) {
    const secure = scheme === "https";
    const portNumber = port ? Number(port) : secure ? 443 : 80;
    if (portNumber < 1 || portNumber > 65_535) throw new TypeError("Invalid port in the cloud URL");
    origin = {
      secure,
      host: host!.startsWith("[") ? host!.slice(1, -1) : host!,
      port: portNumber,
      hostHeader: port ? `${host}:${port}` : host!,
      idle: [],
    };
    origins.set(key, origin);
  }
  const path = rest === undefined ? "/" : rest.startsWith("?") ? `/${rest}` : rest;
  return { origin, path };
}

function connect(origin: Origin): Connection {
  let socket: net.Socket;
  if (origin.secure) {
    const tlsSocket = tls.connect({
      host: origin.host,
      port: origin.port,
      servername: net.isIP(origin.host) ? undefined : origin.host,
      session: origin.session,
      ALPNProtocols: ["http/1.1"],
    });
    tlsSocket.on("session", (session: Buffer) => (origin.session = session));
    socket = tlsSocket;
  } else {
    socket = net.connect({ host: origin.host, port: origin.port });
  }
  socket.setNoDelay(true);
  return new Connection(socket, origin);
}

/** The most recently used idle connection that is still fresh; staler ones are closed on the way. */
function idleConnection(origin: Origin): Connection | undefined {
  const now = performance.now();
  for (let connection = origin.idle.pop(); connection; connection = origin.idle.pop()) {
    if (!connection.socket.destroyed && now - connection.idleSince < IDLE_REUSE_MS) {
      connection.socket.ref();
      return connection;
    }
    connection.socket.destroy();
  }
  return undefined;
}

function requestHead(method: string, path: string, origin: Origin, request: Http1Request): string {
  let head = `${method} ${path} HTTP/1.1\r\n`;
  let hasHost = false;
  for (const name in request.headers) {
    const value = request.headers[name]!;
    if (UNSAFE_HEADER.test(name) || UNSAFE_HEADER.test(value) || name.includes(":"))
      throw new TypeError(`Invalid character in header ${JSON.stringify(name)}`);
    if (name === "host") hasHost = true;
    if (name === "content-length") continue;
    head += `${name}: ${value}\r\n`;
  }
  if (!hasHost) head += `host: ${origin.hostHeader}\r\n`;
  const length = request.body?.byteLength ?? 0;
  // Always framed, so the server never waits for a body that is not coming (or reads the next request as one).
  if (length > 0 || method !== "GET") head += `content-length: ${length}\r\n`;
  return `${head}\r\n`;
}

/** Sends one request and resolves with the whole response. Rejects with the socket's error (`code` set) or AbortError. */
export function http1Request(url: string, request: Http1Request): Promise<Http1Response> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) {
      reject(
        Object.assign(new Error("The operation was aborted"), { name: "AbortError", code: "ABORT_ERR" }),
      );
      return;
    }
    const { origin, path } = originOf(url);
    if (/[\s\0]/.test(path) || !/^[A-Z]+$/.test(request.method)) throw new TypeError("Invalid request line");
    const head = requestHead(request.method, path, origin, request);
    const connection = idleConnection(origin) ?? connect(origin);
    connection.exchange = new Exchange(
      connection,
      request.method === "HEAD",
      resolve,
      reject,
      request.signal,
      request.timeoutMs,
    );
    const body = request.body;
    if (body && body.byteLength > 0)
      connection.socket.write(Buffer.concat([Buffer.from(head, "latin1"), body]));
    else connection.socket.write(head, "latin1");
  });
}

export { HttpProtocolError };
