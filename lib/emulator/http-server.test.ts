import { afterEach, describe, expect, it } from "vitest";
import { MemoryStore } from "./core/persistence";
import { startEmulatorServer, type RunningEmulator } from "./http-server";
import { aliyunRequest, call, volcRequest } from "./testing/signed-client";

let running: RunningEmulator | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe("startEmulatorServer (node:http on loopback)", () => {
  it("serves both clouds on one port, signed by our signers over real sockets", async () => {
    running = await startEmulatorServer({ port: 0, env: {}, store: new MemoryStore() });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ali = await call(
      fetch,
      aliyunRequest(
        "DescribeNetworkInterfaces",
        "2014-05-26",
        { RegionId: "cn-hangzhou", MaxResults: 10 },
        { baseUrl: running.url },
      ),
    );
    expect(ali.status).toBe(200);
    expect(ali.body.NetworkInterfaceSets).toMatchObject({ NetworkInterfaceSet: expect.any(Array) });
    const v1 = await call(
      fetch,
      aliyunRequest(
        "DescribeRouterInterfaces",
        "2016-04-28",
        { RegionId: "cn-shanghai" },
        { baseUrl: running.url, signature: "v1", method: "GET" },
      ),
    );
    expect(v1.status).toBe(200);
    const volc = await call(
      fetch,
      volcRequest("vpc", "DescribeVpcs", "2020-04-01", {}, { baseUrl: running.url }),
    );
    expect(volc.body).toMatchObject({ ResponseMetadata: { Error: { Code: "InvalidActionOrVersion" } } });
  });

  it("a drop fault closes the connection without a reply", async () => {
    running = await startEmulatorServer({ port: 0, env: {}, store: new MemoryStore() });
    await fetch(`${running.url}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify({ action: "DescribeRouterInterfaces", drop: true, times: 1 }),
    });
    const request = () =>
      fetch(
        aliyunRequest(
          "DescribeRouterInterfaces",
          "2016-04-28",
          { RegionId: "cn-hangzhou" },
          { baseUrl: running!.url },
        ),
      );
    await expect(request()).rejects.toThrow();
    expect((await request()).status).toBe(200);
  });

  it("a latency fault answers later (the asynchronous path), then with the fault's error if it has one", async () => {
    running = await startEmulatorServer({ port: 0, env: {}, store: new MemoryStore() });
    await fetch(`${running.url}/_emulator/faults`, {
      method: "POST",
      body: JSON.stringify([
        { action: "DescribeRouterInterfaces", latencyMs: 40, times: 1 },
        { action: "DescribeNetworkInterfaces", latencyMs: 20, httpStatus: 503, code: "ServiceUnavailable" },
      ]),
    });
    const started = performance.now();
    const slow = await call(
      fetch,
      aliyunRequest(
        "DescribeRouterInterfaces",
        "2016-04-28",
        { RegionId: "cn-hangzhou" },
        { baseUrl: running.url },
      ),
    );
    expect(slow.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    const refused = await call(
      fetch,
      aliyunRequest(
        "DescribeNetworkInterfaces",
        "2014-05-26",
        { RegionId: "cn-hangzhou" },
        { baseUrl: running.url },
      ),
    );
    expect(refused).toMatchObject({ status: 503, body: { Code: "ServiceUnavailable" } });
  });
});
