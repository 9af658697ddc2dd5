import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setMaxListeners } from "node:events";
import type { Socket } from "node:net";
import { recordActivity } from "@/lib/activity/activity-log";
import type { Env } from "@/lib/cloud/emulator-identity";
import { headerView } from "@/lib/cloud/node-headers";
import {
  handleOperationCall,
  PROXY_REPLY_HEADERS,
  requestError,
  type ProxyReply,
} from "@/lib/proxy/proxy-operation";

/**
 * `/api/operations/<id>` served straight from node:http by the run command (scripts/console-server.mjs), ahead of
 * Next's router: the same `handleOperationCall` as app/api/operations/[id]/route.ts, without the ~2.5 ms of CPU
 * Next's request pipeline spends on every call (docs/DECISIONS.md, "Proxy fast path").
 */

const PREFIX = "/api/operations/";
/** The largest operation input is a few KB (20 GA destinations); anything near this is not the console. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The operation id when `url` is the proxy route (query ignored), otherwise null. */
export function operationIdOf(url: string | undefined): string | null {
  if (!url?.startsWith(PREFIX)) return null;
  const end = url.indexOf("?");
  const raw = url.slice(PREFIX.length, end === -1 ? undefined : end);
  if (raw === "" || raw.includes("/")) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

class BodyTooLarge extends Error {}
class ClientGone extends Error {}

/**
 * The body as text; BodyTooLarge past MAX_BODY_BYTES. An oversized body is still read to its end (and thrown
 * away) so that the client gets the 413 instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on("end", () => {
      if (size > MAX_BODY_BYTES) reject(new BodyTooLarge());
      else resolve(Buffer.concat(chunks).toString("utf8"));
    });
    // A client that hangs up mid-body surfaces as "aborted" (error) and/or close: not our failure, nothing to log.
    const gone = () => {
      if (!req.complete) reject(new ClientGone());
    };
    req.on("error", gone);
    req.on("close", gone);
  });
}

function send(
  res: ServerResponse,
  { status, body }: ProxyReply,
  extraHeaders: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  // Object.assign, not spreads plus keys (~0.8 µs per reply on Node 20; docs/DECISIONS.md, "Hot paths and object
  // spread").
  res.writeHead(
    status,
    Object.assign({}, PROXY_REPLY_HEADERS, extraHeaders, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(text),
    }),
  );
  res.end(text);
}

/**
 * The browser leaving (tab closed, query cancelled) cancels the cloud call, as `request.signal` does in Next. A reply
 * can only end unfinished when its connection closes, so one signal per connection does it — an AbortController
 * per call cost ~4 µs of CPU (as much as a signature's hashing), and keep-alive connections carry many calls.
 */
const connectionSignals = new WeakMap<Socket, AbortSignal>();

function connectionSignal(socket: Socket): AbortSignal {
  let signal = connectionSignals.get(socket);
  if (!signal) {
    const controller = new AbortController();
    signal = controller.signal;
    // A pipelining client can have many calls waiting on one connection, each listening: not a leak.
    setMaxListeners(0, signal);
    if (socket.destroyed) controller.abort();
    else socket.once("close", () => controller.abort());
    connectionSignals.set(socket, signal);
  }
  return signal;
}

/**
 * Answers one call to `/api/operations/<id>`; never rejects. `env` is the server's configuration: the run command
 * passes a frozen copy of `process.env` taken at start, because every `process.env` read is a native lookup and a
 * call reads several (mode, endpoint override, keys) — a few µs per call for values that never change while the
 * server runs.
 */
export async function serveOperation(
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
  env: Env = process.env,
): Promise<void> {
  if (req.method !== "POST") {
    req.resume();
    return send(res, requestError(405, "MethodNotAllowed", "Use POST."), { allow: "POST" });
  }
  try {
    const bodyText = await readBody(req);
    const reply = await handleOperationCall(
      {
        headers: headerView(req.headers),
        text: () => Promise.resolve(bodyText),
        signal: connectionSignal(req.socket),
      },
      id,
      { onSettled: recordActivity, env },
    );
    send(res, reply);
  } catch (error) {
    if (error instanceof ClientGone) return;
    if (error instanceof BodyTooLarge) {
      return send(
        res,
        requestError(413, "PayloadTooLarge", `Operation bodies are limited to ${MAX_BODY_BYTES} bytes.`),
      );
    }
    // A bug of ours, not the cloud's answer: say so without a stack (the message of our own errors holds no secret).
    console.error(`[console] ${id}: ${error instanceof Error ? error.message : String(error)}`);
    if (!res.headersSent)
      send(res, requestError(500, "InternalError", "The console failed to handle this call."));
  }
}
