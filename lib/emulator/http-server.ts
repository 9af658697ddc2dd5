import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pairsFromRawHeaders } from "@/lib/cloud/signing/header-list";
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
    readBody(req)
      .then((body) =>
        emulator.handleRaw({
          method: req.method ?? "GET",
          url: req.url ?? "/",
          headers: pairsFromRawHeaders(req.rawHeaders),
          body,
        }),
      )
      .then(
        (reply) => {
          // An explicit length avoids chunked encoding: one write per reply.
          res.writeHead(reply.status, { ...reply.headers, "content-length": Buffer.byteLength(reply.body) });
          res.end(reply.body);
        },
        (error: unknown) => {
          if (error instanceof DropConnection) {
            req.socket.destroy();
            return;
          }
          console.error("emulator: request failed", error);
          res.writeHead(500, { "content-type": "text/plain" });
          res.end("internal error");
        },
      );
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

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
