#!/usr/bin/env node
/**
 * The console's production server (what `npm start` runs in place of `next start`): one node:http server on
 * HOST:PORT where the proxy route `/api/operations/<id>` is answered by lib/server/operation-endpoint.ts straight
 * away, and every other request — pages, assets, the other API routes — goes to Next's request handler.
 * Why: Next's pipeline costs ~2.5 ms of CPU per request on these machines, which made the proxy ~25× slower than
 * the cloud call it forwards (docs/DECISIONS.md, "Proxy fast path"). The route handler in
 * app/api/operations/[id] stays for `next dev` and `next start`, and runs the same code.
 */
import { createServer } from "node:http";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureBundle } from "./bundle.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const host = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 3000);

// Next reads NODE_ENV when it loads; a production server must not run with development React.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const { operationIdOf, serveOperation } = await import(
  pathToFileURL(await ensureBundle("lib/server/operation-endpoint.ts")).href
);

const app = next({ dev: false, dir: ROOT, hostname: host, port });
const handleWithNext = app.getRequestHandler();
await app.prepare();

// The configuration is read once, like every other setting of this server (see serveOperation).
const serverEnv = Object.freeze({ ...process.env });

const server = createServer((req, res) => {
  const id = operationIdOf(req.url);
  if (id !== null) void serveOperation(req, res, id, serverEnv);
  else
    handleWithNext(req, res).catch((error) => {
      // Next answers its own errors; this only catches a failure of the handler itself, so the server stays up.
      console.error(`[console] ${req.method} ${req.url}: ${error instanceof Error ? error.message : error}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
});
server.listen(port, host, () => console.log(`[console] Ready on http://${host}:${port}`));

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 2_000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
