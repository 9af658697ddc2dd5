/**
 * Raw TCP (and TLS) servers for the cloud client's tests: they write exact bytes, so framing, reuse and failure cases
 * are what a real server could send, not what node:http happens to send. Close them with `closeScriptedServers()`
 * after each test (the client keeps connections alive).
 */
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { TEST_TLS_CERT, TEST_TLS_KEY } from "./tls-test-cert.fixture";

export interface Scripted {
  url: string;
  port: number;
  /** Everything received, per connection. */
  received: string[];
  sockets: Socket[];
}

const servers: Server[] = [];
const openSockets = new Set<Socket>();

export async function closeScriptedServers(): Promise<void> {
  for (const socket of openSockets) socket.destroy();
  openSockets.clear();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
}

/** A server that calls `reply(socket, requestText, n)` for the n-th complete request (head + framed body). */
export async function scriptedServer(
  reply: (socket: Socket, request: string, n: number) => void,
): Promise<Scripted> {
  const received: string[] = [];
  const sockets: Socket[] = [];
  let n = 0;
  const server = createServer((socket) => {
    openSockets.add(socket);
    const index = sockets.push(socket) - 1;
    received[index] = "";
    let pending = "";
    socket.on("data", (chunk) => {
      received[index] += chunk.toString("latin1");
      pending += chunk.toString("latin1");
      for (;;) {
        const end = pending.indexOf("\r\n\r\n");
        if (end === -1) return;
        const length = Number(/\r\ncontent-length: (\d+)/i.exec(pending.slice(0, end))?.[1] ?? 0);
        if (pending.length < end + 4 + length) return;
        const request = pending.slice(0, end + 4 + length);
        pending = pending.slice(end + 4 + length);
        reply(socket, request, n++);
      }
    });
    socket.on("error", () => {});
  });
  return listen(server, "http", received, sockets);
}

/** An HTTPS server with the test certificate that answers every (body-less) request with `body`. */
export async function tlsServer(body: string): Promise<Scripted> {
  const received: string[] = [];
  const sockets: Socket[] = [];
  const server = createTlsServer({ key: TEST_TLS_KEY, cert: TEST_TLS_CERT }, (socket) => {
    openSockets.add(socket);
    sockets.push(socket);
    let pending = "";
    socket.on("data", (chunk) => {
      received.push(chunk.toString("latin1"));
      pending += chunk.toString("latin1");
      // Body-less requests only: one reply per complete head.
      for (let end = pending.indexOf("\r\n\r\n"); end !== -1; end = pending.indexOf("\r\n\r\n")) {
        pending = pending.slice(end + 4);
        socket.write(ok(body));
      }
    });
    socket.on("error", () => {});
  });
  return listen(server as unknown as Server, "https", received, sockets);
}

/** A port where nothing listens any more: connecting to it is refused. */
export async function refusingPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const ok = (body: string) =>
  `HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

async function listen(server: Server, scheme: string, received: string[], sockets: Socket[]) {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `${scheme}://127.0.0.1:${port}`, port, received, sockets };
}
