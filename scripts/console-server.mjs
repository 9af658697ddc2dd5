#!/usr/bin/env node
/**
 * The console's production server (what `npm start` runs in place of `next start`): Next's request handler on
 * HOST:PORT, with two things `next start` cannot do. It sets `x-cloudnet-client-ip` from the socket (or, with
 * TRUST_PROXY=1, from the proxy's X-Forwarded-For), replacing whatever the client sent, so sign-in limits and
 * the audit trail see the real address. And on SIGTERM it stops accepting, lets in-flight requests finish
 * (bounded), then exits. Every request goes through Next: proxy.ts and each route's guard are the one entrance.
 */
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 3000);
const trustProxy = process.env.TRUST_PROXY === "1";
const DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS || 10_000);
const CLIENT_IP_HEADER = "x-cloudnet-client-ip";

// Next reads NODE_ENV when it loads; a production server must not run with development React.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, hostname: host, port });
const handleWithNext = app.getRequestHandler();
await app.prepare();

/** The client's address: the socket's, or the nearest hop a trusted proxy appended to X-Forwarded-For. */
function clientIp(req) {
  if (trustProxy) {
    const hops = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    if (hops.length > 0) return hops[hops.length - 1];
  }
  return req.socket.remoteAddress ?? "unknown";
}

let inFlight = 0;
const server = createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = clientIp(req);
  inFlight += 1;
  res.once("close", () => (inFlight -= 1));
  handleWithNext(req, res).catch((error) => {
    // Next answers its own errors; this only catches a failure of the handler itself, so the server stays up.
    console.error(`[console] ${req.method} ${req.url}: ${error instanceof Error ? error.message : error}`);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { source: "request", code: "InternalError", outcome: "unknown" } }));
  });
});
server.listen(port, host, () => console.log(`[console] Ready on http://${host}:${port}`));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log(`[console] Stopping: finishing ${inFlight} request(s), at most ${DRAIN_MS / 1000} s.`);
  server.close();
  server.closeIdleConnections();
  const deadline = Date.now() + DRAIN_MS;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // Work this replica holds (e.g. the audit watcher's leases) is handed back before the process ends.
  for (const hook of globalThis[Symbol.for("cloudnet.shutdown")] ?? []) await hook().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
