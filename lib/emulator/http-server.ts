import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pairsFromRawHeaders } from "@/lib/cloud/signing/header-list";
import type { Reply } from "./core/dispatch-types";
import { DropConnection } from "./core/faults";
import { createEmulator, type Emulator, type EmulatorOptions } from "./emulator";

export interface RunningEmulator {
  url: string;
  port: number;
  emulator: Emulator;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves the emulator with node:http on loopback. Port 0 picks a free port (tests). The raw request-target and
 * raw header pairs go to the verifier untouched, so signatures are checked on exactly what was received.
 */
export async function startEmulatorServer(
  options: EmulatorOptions & { port?: number; host?: string } = {},
): Promise<RunningEmulator> {
  const emulator = createEmulator(options);
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    const length = req.headers["content-length"];
    // No body by HTTP framing (most API calls): answer now rather than wait for the stream's end event;
    // node discards the (empty) rest of the request itself.
    if ((length === undefined || length === "0") && req.headers["transfer-encoding"] === undefined) {
      serve(emulator, req, res, NO_BODY);
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("error", (error) => fail(req, res, error));
    req.on("end", () => serve(emulator, req, res, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    emulator,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await emulator.flush();
    },
  };
}

const NO_BODY = Buffer.alloc(0);

/** Plain callbacks rather than promises: most replies are ready synchronously (see Emulator.respond). */
function serve(emulator: Emulator, req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  let reply: Reply | Promise<Reply>;
  try {
    reply = emulator.respond({
      method: req.method ?? "GET",
      url: req.url ?? "/",
      headers: pairsFromRawHeaders(req.rawHeaders),
      body,
    });
  } catch (error) {
    fail(req, res, error);
    return;
  }
  if (reply instanceof Promise) {
    reply.then(
      (settled) => send(res, settled),
      (error: unknown) => fail(req, res, error),
    );
  } else send(res, reply);
}

function send(res: ServerResponse, reply: Reply): void {
  // An explicit length avoids chunked encoding: one write per reply. Object.assign, not a spread plus a key
  // (docs/DECISIONS.md, "Hot paths and object spread").
  res.writeHead(
    reply.status,
    Object.assign({}, reply.headers, { "content-length": Buffer.byteLength(reply.body) }),
  );
  res.end(reply.body);
}

function fail(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  if (error instanceof DropConnection) {
    req.socket.destroy();
    return;
  }
  console.error("emulator: request failed", error);
  res.writeHead(500, { "content-type": "text/plain" });
  res.end("internal error");
}
