import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer as createTlsServer } from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { http1Request } from "./client";
import { TEST_TLS_CERT, TEST_TLS_KEY } from "./tls-test-cert.fixture";

/**
 * The client against raw TCP servers that write exact bytes, so framing, reuse and failure cases are what a real
 * server could send, not what node:http happens to send.
 */

interface Scripted {
  url: string;
  /** Everything received, per connection. */
  received: string[];
  sockets: Socket[];
}

const servers: Server[] = [];
const openSockets = new Set<Socket>();

afterEach(async () => {
  // The client keeps connections alive; end them so the servers can close.
  for (const socket of openSockets) socket.destroy();
  openSockets.clear();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

/** A server that calls `reply(socket, requestText, n)` for the n-th request head (body included when framed). */
async function scripted(reply: (socket: Socket, request: string, n: number) => void): Promise<Scripted> {
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
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, sockets };
}

const ok = (body: string) => `HTTP/1.1 200 OK\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe("http1Request", () => {
  it("writes one request with host, framing and the signed headers unchanged, and reads the reply", async () => {
    const server = await scripted((socket) => socket.write(ok('{"名":"源站"}')));
    const body = new TextEncoder().encode('{"Name":"源站"}');
    const response = await http1Request(`${server.url}/?Action=X&b=%2A`, {
      method: "POST",
      headers: { authorization: "ACS3-HMAC-SHA256 Credential=k", "x-acs-action": "X" },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.body.toString("utf8")).toBe('{"名":"源站"}');
    const [head, sent] = server.received[0]!.split("\r\n\r\n");
    expect(head!.split("\r\n")).toEqual([
      "POST /?Action=X&b=%2A HTTP/1.1",
      "authorization: ACS3-HMAC-SHA256 Credential=k",
      "x-acs-action: X",
      `host: ${server.url.slice("http://".length)}`,
      `content-length: ${body.byteLength}`,
    ]);
    expect(Buffer.from(sent!, "latin1").toString("utf8")).toBe('{"Name":"源站"}');
  });

  it("frames a body-less POST with Content-Length: 0 and puts a bare query under /", async () => {
    const server = await scripted((socket) => socket.write(ok("{}")));
    await http1Request(`${server.url}?a=1`, { method: "POST", headers: {} });
    expect(server.received[0]).toMatch(/^POST \/\?a=1 HTTP\/1\.1\r\n[\s\S]*content-length: 0\r\n\r\n$/);
  });

  it("reuses one connection for calls in sequence, and opens a new one after the server closes it", async () => {
    const server = await scripted((socket, _request, n) => {
      socket.write(ok(String(n)));
      if (n === 1) socket.end();
    });
    for (const expected of ["0", "1"]) {
      const response = await http1Request(`${server.url}/`, { method: "GET", headers: {} });
      expect(response.body.toString()).toBe(expected);
    }
    await new Promise((resolve) => setTimeout(resolve, 20)); // the FIN reaches the idle connection
    expect((await http1Request(`${server.url}/`, { method: "GET", headers: {} })).body.toString()).toBe("2");
    expect(server.sockets).toHaveLength(2);
  });

  it("closes the connection after `Connection: close` and after a reply framed by the close", async () => {
    const server = await scripted((socket, _request, n) => {
      if (n === 0) socket.write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\na");
      else socket.end("HTTP/1.1 200 OK\r\n\r\nto the end");
    });
    expect((await http1Request(`${server.url}/`, { method: "GET", headers: {} })).body.toString()).toBe("a");
    expect((await http1Request(`${server.url}/`, { method: "GET", headers: {} })).body.toString()).toBe(
      "to the end",
    );
    expect(server.sockets).toHaveLength(2);
  });

  it("reads a chunked reply written in pieces with pauses between them", async () => {
    const server = await scripted((socket) => {
      const parts = [
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n",
        "\r\n5\r\nhel",
        "lo\r\n0\r\n",
        "\r\n",
      ];
      parts.forEach((part, i) => setTimeout(() => socket.write(part), i * 5));
    });
    expect((await http1Request(`${server.url}/`, { method: "GET", headers: {} })).body.toString()).toBe(
      "hello",
    );
  });

  it("fails with ECONNRESET when the server hangs up mid-reply, and ECONNREFUSED when nothing listens", async () => {
    const server = await scripted((socket) => socket.end("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"));
    await expect(http1Request(`${server.url}/`, { method: "GET", headers: {} })).rejects.toMatchObject({
      code: "ECONNRESET",
    });
    const closed = await scripted(() => {});
    const port = new URL(closed.url).port;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    await expect(
      http1Request(`http://127.0.0.1:${port}/`, { method: "GET", headers: {} }),
    ).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("stops at once when aborted, and refuses an already aborted signal without connecting", async () => {
    const server = await scripted(() => {}); // never answers
    const controller = new AbortController();
    const pending = http1Request(`${server.url}/`, { method: "GET", headers: {}, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    await expect(
      http1Request(`${server.url}/`, { method: "GET", headers: {}, signal: controller.signal }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(server.sockets).toHaveLength(1);
  });

  it("fails with a TimeoutError when the reply is not complete in time, and closes that connection", async () => {
    const server = await scripted((socket) =>
      socket.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"),
    );
    const started = performance.now();
    await expect(
      http1Request(`${server.url}/`, { method: "GET", headers: {}, timeoutMs: 50 }),
    ).rejects.toMatchObject({ name: "TimeoutError" });
    expect(performance.now() - started).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.sockets[0]!.destroyed || server.sockets[0]!.readableEnded).toBe(true);
  });

  it("refuses header values that would inject lines, and garbage replies, without hanging", async () => {
    const server = await scripted((socket) => socket.write("SMTP ready\r\n\r\n"));
    await expect(
      http1Request(`${server.url}/`, { method: "GET", headers: { "x-a": "1\r\nx-b: 2" } }),
    ).rejects.toThrow(/Invalid character in header/);
    await expect(http1Request(`${server.url}/`, { method: "GET", headers: {} })).rejects.toMatchObject({
      code: "HPE_INVALID_RESPONSE",
    });
  });
});

describe("http1Request over TLS", () => {
  /** Runs the client in a child process that trusts the test certificate (NODE_EXTRA_CA_CERTS is read at start). */
  function fetchInChild(url: string, trust: boolean): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "http1-tls-"));
    writeFileSync(join(dir, "ca.pem"), TEST_TLS_CERT);
    const script = `import { http1Request } from ${JSON.stringify(join(__dirname, "client.ts"))};
      const call = () => http1Request(${JSON.stringify(url)}, { method: "GET", headers: {} });
      const first = await call(); const second = await call();
      console.log(JSON.stringify([first.status, first.body.toString(), second.body.toString()]));`;
    writeFileSync(join(dir, "run.mts"), script);
    return new Promise((resolve, reject) =>
      execFile(
        process.execPath,
        ["--import", "tsx", join(dir, "run.mts")],
        { env: { ...process.env, ...(trust ? { NODE_EXTRA_CA_CERTS: join(dir, "ca.pem") } : {}) } },
        (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout.trim())),
      ),
    );
  }

  async function tlsServer(): Promise<{ port: number; connections: () => number }> {
    let connections = 0;
    const server = createTlsServer({ key: TEST_TLS_KEY, cert: TEST_TLS_CERT }, (socket) => {
      connections += 1;
      openSockets.add(socket);
      socket.on("data", () => socket.write(ok("secure")));
      socket.on("error", () => {});
    });
    servers.push(server as unknown as Server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as AddressInfo).port, connections: () => connections };
  }

  it("speaks HTTPS to a trusted server over one kept-alive connection", async () => {
    const server = await tlsServer();
    expect(await fetchInChild(`https://localhost:${server.port}/`, true)).toBe('[200,"secure","secure"]');
    expect(server.connections()).toBe(1);
  }, 20_000);

  it("refuses a server whose certificate it does not trust", async () => {
    const server = await tlsServer();
    await expect(fetchInChild(`https://127.0.0.1:${server.port}/`, false)).rejects.toThrow(
      /SELF_SIGNED|self[- ]signed/i,
    );
  }, 20_000);
});
