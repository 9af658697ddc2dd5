import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/operations/[id]/route";
import { startStandInCloud } from "@/lib/testing/stand-in-cloud";
import { proxyOperation } from "./proxy-operation";

/** A stand-in cloud on 127.0.0.1 that records what reaches it and answers with a queued reply. */
let cloud: Awaited<ReturnType<typeof startStandInCloud>>;
let received: IncomingMessage[] = [];
let reply: { status: number; body: unknown } = { status: 200, body: {} };

beforeAll(async () => {
  cloud = await startStandInCloud((req, res) => {
    received.push(req);
    res.writeHead(reply.status, { "content-type": "application/json" });
    res.end(JSON.stringify(reply.body));
  });
});

afterAll(() => cloud.stop());

beforeEach(() => {
  received = [];
  reply = { status: 200, body: { RequestId: "REQ-1" } };
});

const REGISTER = "aliyun.cbn.RegisterTransitRouterMulticastGroupSources";
const validInput = {
  TransitRouterMulticastDomainId: "tr-mcast-domain-1",
  GroupIpAddress: "239.1.1.1",
  NetworkInterfaceIds: ["eni-1"],
};

function post(id: string, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`http://127.0.0.1:3000/api/operations/${id}`, {
    method: "POST",
    headers: {
      host: "127.0.0.1:3000",
      "content-type": "application/json",
      "sec-fetch-site": "same-origin",
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return proxyOperation(request, id);
}

describe("POST /api/operations/<id>", () => {
  it("answers 404 for an id outside the catalog and forwards nothing", async () => {
    const response = await post("aliyun.cbn.DeleteEverything", { input: {} });
    expect(response.status).toBe(404);
    expect(received).toHaveLength(0);
  });

  it("answers 403 to a cross-site request and forwards nothing", async () => {
    const response = await post(REGISTER, { input: validInput }, { "sec-fetch-site": "cross-site" });
    expect(response.status).toBe(403);
    const foreign = await post(
      REGISTER,
      { input: validInput },
      { "sec-fetch-site": "", origin: "http://evil.example" },
    );
    expect(foreign.status).toBe(403);
    expect(received).toHaveLength(0);
  });

  it("answers 405 to any method but POST", async () => {
    const response = GET();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("answers 400 with field paths and translated messages, forwarding nothing", async () => {
    const response = await post(REGISTER, {
      input: { ...validInput, GroupIpAddress: "224.0.0.7", NetworkInterfaceIds: [] },
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toMatchObject({ source: "validation", code: "InvalidInput" });
    expect(body.error.fields).toEqual([
      { path: "input.GroupIpAddress", message: expect.stringContaining("reserved") },
      { path: "input.NetworkInterfaceIds", message: "Choose at least one ENI." },
    ]);

    const zh = await post(
      REGISTER,
      { input: { ...validInput, NetworkInterfaceIds: Array(6).fill("eni-x") } },
      { cookie: "locale=zh-CN" },
    );
    expect((await zh.json()).error.fields[0]).toEqual({
      path: "input.NetworkInterfaceIds",
      message: "每次请求最多 5 个弹性网卡。",
    });

    const notJson = await post(REGISTER, "{not json");
    expect(notJson.status).toBe(400);
    expect(received).toHaveLength(0);
  });

  it("requires a region where the operation needs one", async () => {
    const response = await post("aliyun.vpc.ConnectRouterInterface", {
      input: { RouterInterfaceId: "ri-1" },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields[0].path).toBe("region");
    expect(received).toHaveLength(0);
  });

  it("forwards a valid call and returns the cloud's RequestId and result", async () => {
    reply = { status: 200, body: { RequestId: "REQ-42", DestinationIds: ["dst-1"] } };
    const response = await post("aliyun.ga.CreateCustomRoutingEndpointGroupDestinations", {
      region: "cn-shanghai",
      input: {
        EndpointGroupId: "epg-1",
        DestinationConfigurations: [{ Protocols: ["TCP"], FromPort: 80, ToPort: 81 }],
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ requestId: "REQ-42", result: { DestinationIds: ["dst-1"] } });
    expect(received).toHaveLength(1);
    // GA is always addressed as cn-hangzhou, whatever the picker said.
    expect(received[0]!.url).toContain("RegionId=cn-hangzhou");
  });

  it("passes a cloud 4xx through and turns a cloud 5xx into 502, without leaking the endpoint or keys", async () => {
    reply = {
      status: 400,
      body: {
        RequestId: "REQ-7",
        HostId: "cbn.aliyuncs.com",
        Code: "IllegalParam.GroupIpAddress",
        Message: "bad ip",
      },
    };
    const refused = await post(REGISTER, { input: validInput });
    expect(refused.status).toBe(400);
    const text = await refused.text();
    expect(JSON.parse(text).error).toEqual({
      source: "cloud",
      cloud: "aliyun",
      code: "IllegalParam.GroupIpAddress",
      message: "bad ip",
      requestId: "REQ-7",
      httpStatus: 400,
      outcome: "refused",
    });
    expect(text).not.toContain("127.0.0.1");
    expect(text).not.toContain("emulator-secret");

    reply = { status: 503, body: { RequestId: "REQ-8", Code: "ServiceUnavailable", Message: "down" } };
    const failed = await post("aliyun.cbn.ListTransitRouterMulticastDomains", {
      region: "cn-hangzhou",
      input: {},
    });
    // The cloud's 503 is its own "not now": 503 with outcome `unavailable`, never the 502 of an unclear answer.
    expect(failed.status).toBe(503);
    expect((await failed.json()).error).toMatchObject({ code: "ServiceUnavailable", outcome: "unavailable" });
  });

  it("falls back to English for a mangled locale cookie instead of failing", async () => {
    const response = await post(
      REGISTER,
      { input: { ...validInput, NetworkInterfaceIds: [] } },
      { cookie: "locale=%E0" },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields[0].message).toBe("Choose at least one ENI.");
  });

  it("says the cloud could not be reached without naming the endpoint", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const saved = process.env.ALIBABA_CLOUD_ENDPOINT;
    process.env.ALIBABA_CLOUD_ENDPOINT = `http://127.0.0.1:${port}`;
    try {
      const response = await post("aliyun.cbn.ListTransitRouterMulticastDomains", {
        region: "cn-hangzhou",
        input: {},
      });
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(JSON.parse(text).error).toMatchObject({ source: "cloud", code: "NetworkError" });
      expect(text).not.toContain("127.0.0.1");
      expect(text).not.toContain(String(port));
    } finally {
      process.env.ALIBABA_CLOUD_ENDPOINT = saved;
    }
  });
});
