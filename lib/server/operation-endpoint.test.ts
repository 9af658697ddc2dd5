import { Agent, createServer, request as httpRequest, type IncomingMessage, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { recentActivity } from "@/lib/activity/activity-log";
import { MAX_BODY_BYTES, operationIdOf, serveOperation } from "./operation-endpoint";

/**
 * The run command's fast path over real sockets: a console-side node:http server routing like
 * scripts/console-server.mjs, and a stand-in cloud that records what reaches it.
 */
let cloud: Server;
let consoleServer: Server;
let consoleBase = "";
let received: IncomingMessage[] = [];
let reply: { status: number; body: unknown } = { status: 200, body: {} };
const savedEnv = { ...process.env };
let holdReplies = false;

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

beforeAll(async () => {
  cloud = createServer((req, res) => {
    received.push(req);
    req.resume();
    if (holdReplies) return; // a cloud that has not answered yet
    res.writeHead(reply.status, { "content-type": "application/json" });
    res.end(JSON.stringify(reply.body));
  });
  const cloudBase = await listen(cloud);
  Object.assign(process.env, {
    ALIBABA_CLOUD_ENDPOINT: cloudBase,
    VOLCENGINE_ENDPOINT: cloudBase,
    CLOUD_MODE: "",
  });
  consoleServer = createServer((req, res) => {
    const id = operationIdOf(req.url);
    if (id === null) {
      res.writeHead(418).end();
      return;
    }
    void serveOperation(req, res, id);
  });
  consoleBase = await listen(consoleServer);
});

afterAll(async () => {
  process.env = savedEnv;
  await Promise.all([cloud, consoleServer].map((s) => new Promise((r) => s.close(r))));
});

beforeEach(() => {
  received = [];
  holdReplies = false;
  reply = { status: 200, body: { RequestId: "REQ-1" } };
});

const REGISTER = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";
const validInput = {
  TransitRouterMulticastDomainId: "tr-mcast-domain-1",
  GroupIpAddress: "239.1.1.1",
  NetworkInterfaceIds: ["eni-1"],
};

async function call(
  path: string,
  init: { method?: string; body?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${consoleBase}${path}`, {
    method: init.method ?? "POST",
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin", ...init.headers },
    body: init.body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

describe("operationIdOf", () => {
  it.each([
    ["/api/operations/aliyun.vpc.ConnectRouterInterface", "aliyun.vpc.ConnectRouterInterface"],
    ["/api/operations/aliyun.vpc.ConnectRouterInterface?x=1", "aliyun.vpc.ConnectRouterInterface"],
    ["/api/operations/a%2Eb", "a.b"],
    ["/api/operations/", null],
    ["/api/operations/a/b", null],
    ["/api/operationsX", null],
    ["/api/health", null],
    ["/api/operations/%E0", null],
    [undefined, null],
  ])("%s → %s", (url, id) => {
    expect(operationIdOf(url)).toBe(id);
  });
});

describe("the proxy fast path over HTTP", () => {
  it("forwards a valid call and answers the cloud's RequestId and result, not cacheable", async () => {
    reply = { status: 200, body: { RequestId: "REQ-9", TransitRouterMulticastDomains: [] } };
    const response = await call("/api/operations/aliyun.cbn.ListTransitRouterMulticastDomains", {
      body: JSON.stringify({ region: "cn-hangzhou", input: {} }),
    });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ requestId: "REQ-9", result: { TransitRouterMulticastDomains: [] } });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(received).toHaveLength(1);
    expect(received[0]!.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 /);
  });

  it("answers 405 to any method but POST, 404 to an unknown id, and forwards nothing", async () => {
    const get = await call(`/api/operations/${REGISTER}`, { method: "GET" });
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect(get.json().error.code).toBe("MethodNotAllowed");
    const unknown = await call("/api/operations/aliyun.cbn.DeleteEverything", { body: "{}" });
    expect(unknown.status).toBe(404);
    expect(received).toHaveLength(0);
  });

  it("refuses a cross-site caller with 403", async () => {
    const response = await call(`/api/operations/${REGISTER}`, {
      body: JSON.stringify({ input: validInput }),
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect(response.status).toBe(403);
    expect(received).toHaveLength(0);
  });

  it("answers 400 with translated field paths, as the Next route does", async () => {
    const response = await call(`/api/operations/${REGISTER}`, {
      body: JSON.stringify({ input: { ...validInput, NetworkInterfaceIds: Array(6).fill("eni-x") } }),
      headers: { cookie: "theme=dark; locale=zh-CN" },
    });
    expect(response.status).toBe(400);
    expect(response.json().error.fields).toEqual([
      { path: "input.NetworkInterfaceIds", message: "每次请求最多 5 个弹性网卡。" },
    ]);
    expect(received).toHaveLength(0);
  });

  it("refuses an oversized body with 413 before reading the rest of it", async () => {
    const response = await call(`/api/operations/${REGISTER}`, {
      body: JSON.stringify({ input: { ...validInput, VpcId: "v".repeat(MAX_BODY_BYTES) } }),
    });
    expect(response.status).toBe(413);
    expect(response.json().error.code).toBe("PayloadTooLarge");
    expect(received).toHaveLength(0);
  });

  it("records a refused mutation where the overview reads it, without the input", async () => {
    reply = {
      status: 400,
      body: { RequestId: "REQ-77", Code: "IllegalParam.GroupIpAddress", Message: "bad ip" },
    };
    const response = await call(`/api/operations/${REGISTER}`, {
      body: JSON.stringify({ input: validInput }),
    });
    expect(response.status).toBe(400);
    expect(recentActivity()[0]).toMatchObject({
      operationId: REGISTER,
      ok: false,
      code: "IllegalParam.GroupIpAddress",
      requestId: "REQ-77",
    });
    expect(JSON.stringify(recentActivity()[0])).not.toContain("239.1.1.1");
  });

  it("drops a call whose client hangs up mid-body: nothing forwarded, nothing logged, the server keeps serving", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await new Promise<void>((resolve) => {
        const req = httpRequest(`${consoleBase}/api/operations/${REGISTER}`, {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": "1000" },
        });
        req.on("error", () => resolve());
        req.write('{"input":', () => {
          req.destroy();
          resolve();
        });
      });
      const response = await call("/api/operations/aliyun.cbn.ListTransitRouterMulticastDomains", {
        body: JSON.stringify({ region: "cn-hangzhou", input: {} }),
      });
      expect(response.status).toBe(200);
      expect(received).toHaveLength(1);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it("uses the configuration it is given, not process.env read per call", async () => {
    // The run command hands serveOperation a snapshot taken at start; a cloud-mode snapshot without keys must win
    // over the emulator-mode process.env of this test.
    const snapshot = Object.freeze({ ...process.env, CLOUD_MODE: "cloud" });
    const configured = createServer((req, res) => void serveOperation(req, res, REGISTER, snapshot));
    const base = await listen(configured);
    try {
      const response = await fetch(`${base}/api/operations/${REGISTER}`, {
        method: "POST",
        headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
        body: JSON.stringify({ input: validInput }),
      });
      expect(response.status).toBe(503);
      const { error } = (await response.json()) as { error: { source: string; variables: string[] } };
      expect(error.source).toBe("config");
      expect(error.variables).toContain("ALIBABA_CLOUD_ACCESS_KEY_ID");
      expect(received).toHaveLength(0);
    } finally {
      await new Promise((r) => configured.close(r));
    }
  });

  it("cancels the cloud call when the browser leaves before the answer", async () => {
    holdReplies = true;
    const client = httpRequest(`${consoleBase}/api/operations/aliyun.cbn.ListTransitRouterMulticastDomains`, {
      method: "POST",
      headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
    });
    client.on("error", () => {});
    client.end(JSON.stringify({ region: "cn-hangzhou", input: {} }));
    await vi.waitFor(() => expect(received).toHaveLength(1));
    const upstreamClosed = new Promise<void>((resolve) => received[0]!.socket.once("close", () => resolve()));
    client.destroy();
    // The console drops its connection to the cloud at once (without cancelling, only the 10 s timeout would).
    const tooLate = new Promise((_, reject) =>
      setTimeout(() => reject(new Error("the cloud call was still open 2 s after the browser left")), 2_000),
    );
    await Promise.race([upstreamClosed, tooLate]);
  });

  it("serves many calls over one keep-alive connection without piling up cancellation listeners", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    try {
      for (let i = 0; i < 15; i++) {
        const status = await new Promise<number>((resolve, reject) => {
          const req = httpRequest(
            `${consoleBase}/api/operations/aliyun.cbn.ListTransitRouterMulticastDomains`,
            {
              method: "POST",
              agent,
              headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
            },
          );
          req.on("socket", (socket) => sockets.add(socket));
          req.on("response", (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          });
          req.on("error", reject);
          req.end(JSON.stringify({ region: "cn-hangzhou", input: {} }));
        });
        expect(status).toBe(200);
      }
      expect(sockets.size).toBe(1);
      await new Promise((r) => setImmediate(r));
      expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
      agent.destroy();
    }
  });

  it("takes a burst of pipelined calls on one connection without a listener-leak warning", async () => {
    holdReplies = true;
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    const socket = connect(Number(new URL(consoleBase).port), "127.0.0.1");
    socket.on("error", () => {});
    try {
      const body = JSON.stringify({ region: "cn-hangzhou", input: {} });
      const one =
        `POST /api/operations/aliyun.cbn.ListTransitRouterMulticastDomains HTTP/1.1\r\nhost: x\r\n` +
        `content-type: application/json\r\nsec-fetch-site: same-origin\r\ncontent-length: ${body.length}\r\n\r\n${body}`;
      socket.write(one.repeat(12));
      await vi.waitFor(() => expect(received.length).toBeGreaterThanOrEqual(11));
      await new Promise((r) => setImmediate(r));
      expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
      socket.destroy();
    }
  });
});
