import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpTransport } from "./http-transport";

/** A local server that records requests and the connections they came on. */
let server: Server;
let base = "";
const seen: { req: IncomingMessage; body: string; socket: Socket }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ req, body: Buffer.concat(chunks).toString(), socket: req.socket });
      if (req.url === "/redirect") {
        res.writeHead(302, { location: "http://example.invalid/" }).end();
      } else if (req.url === "/slow") {
        setTimeout(() => res.end("late"), 2_000);
      } else {
        res.writeHead(200, { "x-acs-request-id": "RID-1", "content-type": "application/json" });
        res.end('{"ok":"中文"}');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("httpTransport", () => {
  it("sends the signed headers and body bytes unchanged, and reads status, headers and UTF-8 text", async () => {
    const body = new TextEncoder().encode('{"Name":"源站"}');
    const response = await httpTransport(`${base}/?Action=X&b=%2A`, {
      method: "POST",
      headers: { authorization: "ACS3-HMAC-SHA256 Credential=k", "x-acs-action": "X" },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Acs-Request-Id")).toBe("RID-1");
    expect(response.headers.get("missing")).toBeNull();
    expect(await response.text()).toBe('{"ok":"中文"}');
    const last = seen.at(-1)!;
    expect(last.req.url).toBe("/?Action=X&b=%2A");
    expect(last.req.headers["content-length"]).toBe(String(body.byteLength));
    expect(last.req.headers.authorization).toBe("ACS3-HMAC-SHA256 Credential=k");
    expect(last.body).toBe('{"Name":"源站"}');
  });

  it("reuses one keep-alive connection for calls in sequence", async () => {
    const before = seen.length;
    for (let i = 0; i < 3; i++)
      await (await httpTransport(`${base}/`, { method: "GET", headers: {} })).text();
    const sockets = new Set(seen.slice(before).map((s) => s.socket));
    expect(sockets.size).toBe(1);
  });

  it("does not follow a redirect (signed headers must not go to another host)", async () => {
    const response = await httpTransport(`${base}/redirect`, { method: "GET", headers: {} });
    expect(response.status).toBe(302);
  });

  it("rejects with the socket's code when nothing listens, and stops when aborted", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      httpTransport(`http://127.0.0.1:${port}/`, { method: "GET", headers: {} }),
    ).rejects.toMatchObject({ code: "ECONNREFUSED" });

    const controller = new AbortController();
    const pending = httpTransport(`${base}/slow`, { method: "GET", headers: {}, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
