import { execFile } from "node:child_process";
import { getEventListeners } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startCaptureServer } from "./capture-server.fixture";
import { httpTransport } from "./http-transport";
import { closeScriptedServers, ok, refusingPort, scriptedServer, tlsServer } from "./scripted-server.fixture";
import { TEST_TLS_CERT } from "./tls-test-cert.fixture";

afterEach(closeScriptedServers);

const get = { method: "GET", headers: {} };

describe("httpTransport — what is sent and read", () => {
  it("sends the signed headers and body bytes unchanged, and reads status, headers and UTF-8 text", async () => {
    const server = await startCaptureServer(() => ({
      status: 200,
      body: '{"ok":"中文"}',
      headers: { "x-acs-request-id": "RID-1" },
    }));
    try {
      const body = new TextEncoder().encode('{"Name":"源站"}');
      const response = await httpTransport(`${server.baseUrl}/?Action=X&b=%2A&c=%20`, {
        method: "POST",
        headers: { authorization: "ACS3-HMAC-SHA256 Credential=k", "x-acs-action": "X" },
        body,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("X-Acs-Request-Id")).toBe("RID-1");
      expect(response.headers.get("missing")).toBeNull();
      expect(await response.text()).toBe('{"ok":"中文"}');
      const got = server.requests[0]!;
      expect(got.url).toBe("/?Action=X&b=%2A&c=%20");
      expect(got.headers).toContainEqual(["host", `127.0.0.1:${server.port}`]);
      expect(got.headers).toContainEqual(["content-length", String(body.byteLength)]);
      expect(got.headers).toContainEqual(["authorization", "ACS3-HMAC-SHA256 Credential=k"]);
      expect(got.body.toString()).toBe('{"Name":"源站"}');
    } finally {
      await server.close();
    }
  });

  it("frames a body-less POST with Content-Length: 0 and puts a bare query under /", async () => {
    const server = await scriptedServer((socket) => socket.write(ok("{}")));
    await httpTransport(`${server.url}?a=1`, { method: "POST", headers: {} });
    expect(server.received[0]).toMatch(/^POST \/\?a=1 HTTP\/1\.1\r\n[\s\S]*content-length: 0\r\n/i);
  });

  it("reuses one keep-alive connection for calls in sequence, and opens a new one after the server closes it", async () => {
    const server = await scriptedServer((socket, _request, n) => {
      socket.write(ok(String(n)));
      if (n === 1) socket.end();
    });
    for (const expected of ["0", "1"])
      expect(await (await httpTransport(`${server.url}/`, get)).text()).toBe(expected);
    await new Promise((resolve) => setTimeout(resolve, 20)); // the FIN reaches the idle connection
    expect(await (await httpTransport(`${server.url}/`, get)).text()).toBe("2");
    expect(server.sockets).toHaveLength(2);
  });

  it("does not follow a redirect (signed headers must not go to another host)", async () => {
    const server = await scriptedServer((socket) =>
      socket.write("HTTP/1.1 302 Found\r\nLocation: http://example.invalid/\r\nContent-Length: 0\r\n\r\n"),
    );
    const response = await httpTransport(`${server.url}/`, get);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://example.invalid/");
    expect(server.received).toHaveLength(1);
  });
});

describe("httpTransport — failures say whether the request was sent", () => {
  it("connection refused: ECONNREFUSED, not sent", async () => {
    const port = await refusingPort();
    await expect(httpTransport(`http://127.0.0.1:${port}/`, get)).rejects.toMatchObject({
      code: "ECONNREFUSED",
      requestSent: false,
    });
  });

  it("a header value that would inject a line is refused before anything is written", async () => {
    const server = await scriptedServer((socket) => socket.write(ok("{}")));
    await expect(
      httpTransport(`${server.url}/`, { method: "GET", headers: { "x-a": "1\r\nx-b: 2" } }),
    ).rejects.toMatchObject({ requestSent: false });
    expect(server.received.join("")).toBe("");
  });

  it("the server hangs up mid-reply, or resets: ECONNRESET, sent", async () => {
    const closes = await scriptedServer((socket) =>
      socket.end("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"),
    );
    await expect(httpTransport(`${closes.url}/`, get)).rejects.toMatchObject({
      code: "ECONNRESET",
      requestSent: true,
    });
    const resets = await scriptedServer((socket) => socket.resetAndDestroy());
    await expect(httpTransport(`${resets.url}/`, get)).rejects.toMatchObject({
      code: "ECONNRESET",
      requestSent: true,
    });
  });

  it("no complete reply within timeoutMs: TimeoutError, sent, and that connection is closed", async () => {
    const server = await scriptedServer((socket) =>
      socket.write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"),
    );
    const started = performance.now();
    await expect(httpTransport(`${server.url}/`, { ...get, timeoutMs: 100 })).rejects.toMatchObject({
      name: "TimeoutError",
      code: "ETIMEDOUT",
      requestSent: true,
    });
    expect(performance.now() - started).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.sockets[0]!.destroyed || server.sockets[0]!.readableEnded).toBe(true);
  });

  it("still connecting when timeoutMs runs out (a TLS handshake that never answers): not sent", async () => {
    const silent = await scriptedServer(() => {});
    const https = silent.url.replace("http:", "https:");
    await expect(httpTransport(`${https}/`, { ...get, timeoutMs: 100 })).rejects.toMatchObject({
      code: "UND_ERR_CONNECT_TIMEOUT",
      requestSent: false,
    });
  });

  it("a reply that is not HTTP: an HPE_ code, sent", async () => {
    const server = await scriptedServer((socket) => socket.write("SMTP ready\r\n\r\n"));
    const error = await httpTransport(`${server.url}/`, get).catch((e: unknown) => e);
    expect(error).toMatchObject({ requestSent: true });
    expect((error as { code: string }).code).toMatch(/^HPE_/);
  });

  it("stops at once when aborted, and refuses an already aborted signal without connecting", async () => {
    const server = await scriptedServer(() => {}); // never answers
    const controller = new AbortController();
    const pending = httpTransport(`${server.url}/`, { ...get, signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const started = performance.now();
    await expect(pending).rejects.toMatchObject({ name: "AbortError", requestSent: true });
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(
      httpTransport(`${server.url}/`, { ...get, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: "AbortError",
      requestSent: false,
    });
    expect(server.sockets).toHaveLength(1);
  });

  it("leaves no listener on a caller's signal shared by many calls", async () => {
    const server = await scriptedServer((socket) => socket.write(ok("{}")));
    const shared = new AbortController().signal;
    for (let i = 0; i < 15; i++) await httpTransport(`${server.url}/`, { ...get, signal: shared });
    await httpTransport(`${server.url}/`, { ...get, signal: shared, timeoutMs: 5_000 });
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
  });
});

describe("httpTransport over TLS", () => {
  /** Runs the transport in a child process that trusts the test certificate (NODE_EXTRA_CA_CERTS is read at start). */
  function fetchInChild(url: string, trust: boolean): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), "transport-tls-"));
    writeFileSync(join(dir, "ca.pem"), TEST_TLS_CERT);
    const script = `import { httpTransport } from ${JSON.stringify(join(__dirname, "http-transport.ts"))};
      const call = async () => (await httpTransport(${JSON.stringify(url)}, { method: "GET", headers: {} })).text();
      // undici frees a connection in a microtask after its reply; a call in that same turn would open another.
      const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
      try { console.log(JSON.stringify([await call(), await pause().then(call)])); }
      catch (e) { console.log(JSON.stringify({ code: e.code, requestSent: e.requestSent })); }`;
    writeFileSync(join(dir, "run.mts"), script);
    return new Promise((resolve, reject) =>
      execFile(
        process.execPath,
        // react-server: `server-only` resolves to its empty server build, as in the console's server bundle.
        ["--conditions", "react-server", "--import", "tsx", join(dir, "run.mts")],
        { env: { ...process.env, ...(trust ? { NODE_EXTRA_CA_CERTS: join(dir, "ca.pem") } : {}) } },
        (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout.trim())),
      ),
    );
  }

  it("speaks HTTPS to a trusted server over one kept-alive connection", async () => {
    const server = await tlsServer("secure");
    expect(await fetchInChild(`https://localhost:${server.port}/`, true)).toBe('["secure","secure"]');
    expect(server.sockets).toHaveLength(1);
  }, 20_000);

  it("refuses a server whose certificate it does not trust, before sending anything", async () => {
    const server = await tlsServer("secure");
    expect(JSON.parse(await fetchInChild(`https://127.0.0.1:${server.port}/`, false))).toEqual({
      code: "DEPTH_ZERO_SELF_SIGNED_CERT",
      requestSent: false,
    });
    expect(server.received).toHaveLength(0);
  }, 20_000);
});
