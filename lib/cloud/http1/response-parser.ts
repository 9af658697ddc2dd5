/**
 * Incremental HTTP/1.1 response parser (RFC 9112) for the console's cloud client: bytes in as they arrive, one
 * complete response out. Handles Content-Length, chunked and read-until-close bodies, skips interim 1xx replies,
 * and says whether the connection may carry another request. Pure (no sockets), so every framing case is tested
 * byte by byte in http1-response-parser.test.ts.
 */

export interface ParsedResponse {
  status: number;
  /** Lower-case names; a repeated header is joined with ", " (as node:http and fetch do). */
  headers: Map<string, string>;
  body: Buffer;
  /** False when the server asked to close, spoke HTTP/1.0, or framed the body by closing. */
  keepAlive: boolean;
  /** Bytes received after the end of this response: a well-behaved server sends none. */
  extra: number;
}

export class HttpProtocolError extends Error {
  readonly code = "HPE_INVALID_RESPONSE";
}

type Framing =
  | { kind: "none" }
  | { kind: "length"; remaining: number }
  | { kind: "chunked"; step: "size" | "data" | "data-end" | "trailers"; remaining: number }
  | { kind: "close" };

interface Head {
  status: number;
  headers: Map<string, string>;
  keepAlive: boolean;
  framing: Framing;
}

const MAX_HEAD_BYTES = 64 * 1024;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: .*)?$/;
const CRLF = Buffer.from("\r\n");
const HEAD_END = Buffer.from("\r\n\r\n");

export class ResponseParser {
  private buffer: Buffer = Buffer.alloc(0);
  private head: Head | undefined;
  private readonly parts: Buffer[] = [];
  private size = 0;

  /**
   * @param noBody the request was HEAD: whatever the headers say, no body follows.
   * @param maxBodyBytes a body larger than this is refused (cloud API replies are a few KB).
   */
  constructor(
    private readonly noBody = false,
    private readonly maxBodyBytes = 16 * 1024 * 1024,
  ) {}

  /** Feeds received bytes; returns the response once it is complete. Throws HttpProtocolError on malformed input. */
  push(chunk: Buffer): ParsedResponse | undefined {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    while (!this.head) {
      const end = this.buffer.indexOf(HEAD_END);
      if (end === -1) {
        if (this.buffer.length > MAX_HEAD_BYTES) throw new HttpProtocolError("Response headers too large");
        return undefined;
      }
      const head = parseHead(this.buffer.toString("latin1", 0, end), this.noBody);
      this.buffer = this.buffer.subarray(end + 4);
      // An interim reply (100 Continue, 103 Early Hints) precedes the real one on the same connection.
      if (head.status >= 100 && head.status < 200) continue;
      this.head = head;
    }
    return this.readBody();
  }

  /** The connection closed: completes a body framed by the close, otherwise the response was cut short. */
  end(): ParsedResponse {
    if (this.head?.framing.kind === "close") return this.finish(this.head, false);
    throw Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
  }

  private readBody(): ParsedResponse | undefined {
    const head = this.head!;
    const framing = head.framing;
    switch (framing.kind) {
      case "none":
        return this.finish(head, head.keepAlive);
      case "close":
        this.take(this.buffer.length);
        return undefined;
      case "length": {
        const n = Math.min(framing.remaining, this.buffer.length);
        this.take(n);
        framing.remaining -= n;
        return framing.remaining === 0 ? this.finish(head, head.keepAlive) : undefined;
      }
      case "chunked":
        return this.readChunks(head, framing);
    }
  }

  private readChunks(head: Head, framing: Extract<Framing, { kind: "chunked" }>): ParsedResponse | undefined {
    for (;;) {
      if (framing.step === "data") {
        const n = Math.min(framing.remaining, this.buffer.length);
        this.take(n);
        framing.remaining -= n;
        if (framing.remaining > 0) return undefined;
        framing.step = "data-end";
        continue;
      }
      const lineEnd = this.buffer.indexOf(CRLF);
      if (lineEnd === -1) {
        if (this.buffer.length > MAX_HEAD_BYTES) throw new HttpProtocolError("Chunk header too large");
        return undefined;
      }
      const line = this.buffer.toString("latin1", 0, lineEnd);
      this.buffer = this.buffer.subarray(lineEnd + 2);
      if (framing.step === "data-end") {
        if (line !== "") throw new HttpProtocolError("Chunk data longer than its size");
        framing.step = "size";
      } else if (framing.step === "size") {
        const size = /^([0-9a-fA-F]{1,8})[ \t]*(?:;.*)?$/.exec(line);
        if (!size) throw new HttpProtocolError("Invalid chunk size");
        framing.remaining = parseInt(size[1]!, 16);
        framing.step = framing.remaining === 0 ? "trailers" : "data";
      } else if (line === "") {
        // Trailer fields (rare, never needed here) end with an empty line.
        return this.finish(head, head.keepAlive);
      }
    }
  }

  private take(n: number): void {
    if (n === 0) return;
    this.size += n;
    if (this.size > this.maxBodyBytes) throw new HttpProtocolError("Response body too large");
    this.parts.push(this.buffer.subarray(0, n));
    this.buffer = this.buffer.subarray(n);
  }

  private finish(head: Head, keepAlive: boolean): ParsedResponse {
    const body = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
    return { status: head.status, headers: head.headers, body, keepAlive, extra: this.buffer.length };
  }
}

function parseHead(text: string, noBody: boolean): Head {
  const lines = text.split("\r\n");
  const statusLine = STATUS_LINE.exec(lines[0]!);
  if (!statusLine) throw new HttpProtocolError("Invalid status line");
  const status = Number(statusLine[2]);
  if (status === 101) throw new HttpProtocolError("Unexpected protocol switch");
  const headers = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(":");
    if (colon <= 0) throw new HttpProtocolError("Invalid header line");
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    const seen = headers.get(name);
    headers.set(name, seen === undefined ? value : `${seen}, ${value}`);
  }
  const connection = headers.get("connection")?.toLowerCase() ?? "";
  let keepAlive =
    statusLine[1] === "1" ? !/(?:^|,)\s*close\s*(?:,|$)/.test(connection) : /keep-alive/.test(connection);
  let framing: Framing;
  const transferEncoding = headers.get("transfer-encoding");
  const contentLength = headers.get("content-length");
  if (noBody || status === 204 || status === 304) {
    framing = { kind: "none" };
  } else if (transferEncoding !== undefined) {
    // Chunked must be the last coding; anything else is framed by the close (RFC 9112 §6.3).
    framing = /(?:^|,)\s*chunked\s*$/i.test(transferEncoding)
      ? { kind: "chunked", step: "size", remaining: 0 }
      : { kind: "close" };
    // Both headers at once is how request smuggling starts: never reuse such a connection.
    if (contentLength !== undefined) keepAlive = false;
  } else if (contentLength !== undefined) {
    const values = new Set(contentLength.split(",").map((v) => v.trim()));
    const [only] = values;
    if (values.size !== 1 || !/^\d{1,15}$/.test(only!)) throw new HttpProtocolError("Invalid Content-Length");
    const remaining = Number(only);
    framing = remaining === 0 ? { kind: "none" } : { kind: "length", remaining };
  } else {
    framing = { kind: "close" };
  }
  if (framing.kind === "close") keepAlive = false;
  return { status, headers, keepAlive, framing };
}
