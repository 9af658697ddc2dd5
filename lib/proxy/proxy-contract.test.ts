import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closedPort } from "@/lib/cloud/capture-server.fixture";
import { handleOperationCall, type ProxyOptions } from "./proxy-operation";
import { MAX_BODY_BYTES } from "./request-body";

/**
 * The proxy's answer to hostile input and to a cloud that fails (issue #13): 400 with field paths for text no cloud
 * accepts, 413 before a huge body is parsed, at most 100 listed issues, and an `outcome` on every error that says
 * whether the call may have been applied — all over real HTTP to a stand-in cloud that records what reaches it.
 */
let server: Server;
let base = "";
let received = 0;
let answer: (res: import("node:http").ServerResponse) => void = () => {};

beforeAll(async () => {
  server = createServer((req, res) => {
    received += 1;
    req.resume();
    req.on("end", () => answer(res));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received = 0;
  answer = (res) => res.writeHead(200, { "content-type": "application/json" }).end('{"RequestId":"R"}');
});

const env = () => ({ ALIBABA_CLOUD_ENDPOINT: base, VOLCENGINE_ENDPOINT: base });
const noWait = { sleep: async () => {}, random: () => 0 };

function call(
  id: string,
  body: unknown,
  { headers = {}, options = {} }: { headers?: Record<string, string>; options?: ProxyOptions } = {},
) {
  const request = new Request(`http://127.0.0.1:3000/api/operations/${id}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return handleOperationCall(request, id, { env: env(), call: { retry: noWait }, ...options });
}

const CONNECT = "aliyun.vpc.ConnectRouterInterface";
const CREATE_SESSION = "volcengine.vpc.CreateTrafficMirrorSession";
const session = {
  NetworkInterfaceId: "eni-1",
  TrafficMirrorTargetId: "tmt-1",
  TrafficMirrorFilterId: "tmf-1",
  Priority: 10,
};

describe("hostile text", () => {
  it.each([
    ["a lone surrogate", "ri-\ud800", "Contains a broken character (invalid Unicode). Retype the value."],
    [
      "CR/LF inside an id",
      "ri-1\r\nX-Injected: 1",
      "Line breaks, tabs and other control characters are not allowed.",
    ],
    ["a right-to-left override", "ri-\u202e1", expect.stringContaining("text-direction override")],
    ["a BOM inside an id", "ri-\ufeff1", expect.stringContaining("byte-order mark")],
    ["a zero-width space", "ri-\u200b1", expect.stringContaining("Invisible formatting characters")],
  ])("%s in an id: 400 at the field, nothing forwarded", async (_, value, message) => {
    const { status, body } = await call(CONNECT, {
      region: "cn-hangzhou",
      input: { RouterInterfaceId: value },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: {
        source: "validation",
        outcome: "refused",
        fields: [{ path: "input.RouterInterfaceId", message }],
        fieldCount: 1,
      },
    });
    expect(received).toBe(0);
  });

  it("a lone surrogate in a tag value: 400 in the request's language (zh-CN)", async () => {
    const { status, body } = await call(
      CREATE_SESSION,
      { region: "cn-beijing", input: { ...session, Tags: [{ Key: "k", Value: "\udc00" }] } },
      { headers: { cookie: "locale=zh-CN" } },
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: {
        fields: [
          { path: "input.Tags.0.Value", message: "包含无效字符（不完整的 Unicode 编码），请重新输入。" },
        ],
      },
    });
    expect(received).toBe(0);
  });

  it("lists the first 100 of 20,000 bad items, with their count, in a small reply", async () => {
    const { status, body } = await call("volcengine.live.ListDomainDetail", {
      input: { PageNum: 1, PageSize: 10, VhostList: Array.from({ length: 20_000 }, () => 0) },
    });
    expect(status).toBe(400);
    const error = (body as { error: { fields: unknown[]; fieldCount: number } }).error;
    expect(error.fields).toHaveLength(100);
    expect(error.fieldCount).toBe(20_000);
    expect(JSON.stringify(body).length).toBeLessThan(20_000);
    expect(received).toBe(0);
  });

  it("names at most 64 characters of a record key the request chose", async () => {
    const key = "k".repeat(10_000);
    const { body } = await call("volcengine.live.UpdateRelaySourceV3", {
      input: {
        Vhost: "v",
        App: "a",
        GroupDetails: [
          {
            Group: "g",
            Servers: [
              {
                RelaySourceProtocol: "rtmp",
                RelaySourceDomain: "o.example.com",
                RelaySourceParams: { [key]: "\n" },
              },
            ],
          },
        ],
      },
    });
    expect(JSON.stringify(body).length).toBeLessThan(1_000);
  });
});

describe("body size", () => {
  it("413 by Content-Length, before a byte of the body is read", async () => {
    const request = {
      headers: new Headers({ "content-length": String(MAX_BODY_BYTES + 1) }),
      text: () => Promise.reject(new Error("the body must not be read")),
    };
    const { status, body } = await handleOperationCall(request, CONNECT, { env: env() });
    expect(status).toBe(413);
    expect(body).toMatchObject({ error: { source: "request", code: "PayloadTooLarge", outcome: "refused" } });
    expect(received).toBe(0);
  });

  it("413 when a streamed body without a length passes the limit, and the stream is cancelled there", async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request("http://127.0.0.1:3000/api/operations/x", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const { status } = await handleOperationCall(request, CONNECT, { env: env() });
    expect(status).toBe(413);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength);
    expect(received).toBe(0);
  });

  it("a body just under the limit is read and judged on its content", async () => {
    const padding = " ".repeat(MAX_BODY_BYTES - 100);
    const { status } = await call(
      CONNECT,
      `${padding}{"region":"cn-hangzhou","input":{"RouterInterfaceId":"ri-1"}}`,
    );
    expect(status).toBe(200);
  });
});

describe("every error says whether the call may have been applied", () => {
  const list = () =>
    call("aliyun.cbn.ListTransitRouterMulticastDomains", { region: "cn-hangzhou", input: {} });

  it("the request's own refusals: refused", async () => {
    expect((await call("aliyun.cbn.Nope", {})).body).toMatchObject({ error: { outcome: "refused" } });
    const crossSite = await call(CONNECT, {}, { headers: { "sec-fetch-site": "cross-site" } });
    expect(crossSite).toMatchObject({ status: 403, body: { error: { outcome: "refused" } } });
    expect((await call(CONNECT, "{nope")).body).toMatchObject({ error: { outcome: "refused" } });
  });

  it("a cloud refusal passes through with its status: refused", async () => {
    answer = (res) =>
      res
        .writeHead(400, { "content-type": "application/json" })
        .end('{"RequestId":"R","Code":"IncorrectStatus"}');
    const { status, body } = await call(CONNECT, {
      region: "cn-hangzhou",
      input: { RouterInterfaceId: "ri-1" },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { source: "cloud", code: "IncorrectStatus", outcome: "refused" } });
  });

  it("an upstream 5xx: 502, unknown", async () => {
    answer = (res) =>
      res
        .writeHead(500, { "content-type": "application/json" })
        .end('{"RequestId":"R","Code":"InternalError"}');
    expect(await list()).toMatchObject({
      status: 502,
      body: { error: { code: "InternalError", outcome: "unknown" } },
    });
  });

  it("throttled: the cloud did not take it, unavailable", async () => {
    answer = (res) =>
      res
        .writeHead(400, { "content-type": "application/json" })
        .end('{"RequestId":"R","Code":"Throttling.User"}');
    expect(await list()).toMatchObject({ status: 400, body: { error: { outcome: "unavailable" } } });
  });

  it("the connection closed after the request was sent: 504, unknown", async () => {
    answer = (res) => res.socket?.destroy();
    expect(await list()).toMatchObject({
      status: 504,
      body: { error: { code: "NetworkError", outcome: "unknown" } },
    });
    expect(received).toBe(4);
  });

  it("no answer in time: 504, unknown", async () => {
    answer = () => {};
    const reply = await call(
      "aliyun.cbn.ListTransitRouterMulticastDomains",
      { region: "cn-hangzhou", input: {} },
      { options: { call: { retry: { ...noWait, maxRetries: 0 }, timeoutMs: 50 } } },
    );
    expect(reply).toMatchObject({
      status: 504,
      body: { error: { code: "RequestTimeout", outcome: "unknown" } },
    });
  });

  it("the connection was refused: nothing was sent, 502, unavailable", async () => {
    const port = await closedPort();
    const reply = await handleOperationCall(
      new Request("http://127.0.0.1:3000/", {
        method: "POST",
        body: JSON.stringify({ region: "cn-hangzhou", input: {} }),
      }),
      "aliyun.cbn.ListTransitRouterMulticastDomains",
      { env: { ALIBABA_CLOUD_ENDPOINT: `http://127.0.0.1:${port}` }, call: { retry: noWait } },
    );
    expect(reply).toMatchObject({
      status: 502,
      body: { error: { code: "NetworkError", outcome: "unavailable" } },
    });
  });

  it("a bug of ours after the call: a JSON 500, unknown (the call went out), never a rejection", async () => {
    const broken = await call(
      CONNECT,
      { region: "cn-hangzhou", input: { RouterInterfaceId: "ri-1" } },
      {
        options: {
          onSettled: () => {
            throw new Error("listener failed");
          },
        },
      },
    );
    expect(broken).toMatchObject({
      status: 500,
      body: { error: { code: "InternalError", outcome: "unknown" } },
    });
    expect(received).toBe(1);
  });
});
