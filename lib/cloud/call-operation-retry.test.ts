import { afterEach, describe, expect, it, vi } from "vitest";
import { registerTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { describeRelaySourceV3 } from "@/lib/operations/live/describe-relay-source-v3";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import { connectRouterInterface } from "@/lib/operations/vpc/connect-router-interface";
import { describeRouterInterfaces } from "@/lib/operations/vpc/describe-router-interfaces";
import { callOperation } from "./call-operation";
import { CloudError } from "./cloud-error";
import { RateLimiter } from "./rate-limit";
import { aliError, json, refused, reset, scriptedFetch, volcError } from "./scripted-fetch.fixture";

const noSleep = { sleep: async () => {}, random: () => 0.5 };
// The real Live entries are paced at 10/s: a limiter per call keeps these retry counts off the process-wide window
// (pacing itself is rate-limit.test.ts's subject).
const live = () => ({ env: {}, retry: noSleep, rateLimiter: new RateLimiter() });

afterEach(() => {
  vi.useRealTimers();
});

describe("callOperation — retry rules", () => {
  const ri = (fetchFn: typeof fetch, extra: object = {}) =>
    callOperation(
      connectRouterInterface,
      { RouterInterfaceId: "ri-1" },
      { region: "cn-hangzhou", fetch: fetchFn, env: {}, retry: noSleep, ...extra },
    );

  it("token-less mutation: retried on throttling (refused unexecuted)", async () => {
    const f = scriptedFetch([aliError(400, "Throttling.User"), json(200, { RequestId: "ok" })]);
    await expect(ri(f.fetch)).resolves.toMatchObject({ requestId: "ok" });
    expect(f.attempts).toHaveLength(2);
  });

  it("token-less mutation: NOT retried on 5xx or a connection reset", async () => {
    for (const step of [aliError(500, "InternalError"), reset()]) {
      const f = scriptedFetch([step, json(200, { RequestId: "ok" })]);
      await expect(ri(f.fetch)).rejects.toBeInstanceOf(CloudError);
      expect(f.attempts).toHaveLength(1);
    }
  });

  it("token-less mutation: NOT retried on a timeout; an idempotent one is, with the same token", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const f1 = scriptedFetch(["hang"]);
    const p1 = ri(f1.fetch, { timeoutMs: 1000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await p1).toMatchObject({ code: "RequestTimeout", httpStatus: 504, requestId: "" });
    expect(f1.attempts).toHaveLength(1);

    const f2 = scriptedFetch(["hang", json(200, { RequestId: "ok" })]);
    const p2 = callOperation(
      registerTransitRouterMulticastGroupSources,
      {},
      { fetch: f2.fetch, env: {}, retry: noSleep, timeoutMs: 1000 },
    );
    await vi.advanceTimersByTimeAsync(1000);
    await expect(p2).resolves.toMatchObject({ requestId: "ok" });
    expect(f2.attempts).toHaveLength(2);
    expect(f2.attempts[0]!.params.get("ClientToken")).toBe(f2.attempts[1]!.params.get("ClientToken"));
  });

  it("not-sent network errors are retried for anyone", async () => {
    const f = scriptedFetch([refused(), refused(), json(200, { RequestId: "ok" })]);
    await expect(ri(f.fetch)).resolves.toMatchObject({ requestId: "ok" });
    expect(f.attempts).toHaveLength(3);
  });

  it("queries are retried on 5xx, bounded to 1 + 3 attempts with full-jitter backoff", async () => {
    const sleeps: number[] = [];
    const f = scriptedFetch([aliError(503, "ServiceUnavailable")]);
    const err = await callOperation(
      describeRouterInterfaces,
      {},
      {
        region: "cn-hangzhou",
        fetch: f.fetch,
        env: {},
        retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
      },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: "ServiceUnavailable",
      httpStatus: 503,
      requestId: "rid-ServiceUnavailable",
    });
    expect(f.attempts).toHaveLength(4);
    expect(sleeps).toEqual([100, 200, 400]);
  });

  it("Volcengine: FlowLimitExceeded and HTTP 429 retried; Live RequestLimitExceeded.Exist is not", async () => {
    const f1 = scriptedFetch([
      volcError(429, "FlowLimitExceeded"),
      volcError(429, "AccountFlowLimitExceeded"),
      json(200, { ResponseMetadata: { RequestId: "ok" } }),
    ]);
    await expect(
      callOperation(updateRelaySourceV3, {}, { fetch: f1.fetch, ...live() }),
    ).resolves.toMatchObject({ requestId: "ok" });
    expect(f1.attempts).toHaveLength(3);

    const f2 = scriptedFetch([
      volcError(429, "RequestLimitExceeded.Exist"),
      json(200, { ResponseMetadata: { RequestId: "ok" } }),
    ]);
    await expect(
      callOperation(updateRelaySourceV3, {}, { fetch: f2.fetch, ...live() }),
    ).rejects.toMatchObject({
      code: "RequestLimitExceeded.Exist",
      httpStatus: 429,
    });
    expect(f2.attempts).toHaveLength(1);
  });

  it("a token still IdempotentProcessing after a lost reply is asked about again until the cloud's own answer comes", async () => {
    const sleeps: number[] = [];
    const created = json(200, {
      ResponseMetadata: { RequestId: "first" },
      Result: { TrafficMirrorSessionId: "tms-1" },
    });
    const f = scriptedFetch([reset(), ...Array(5).fill(volcError(412, "IdempotentProcessing")), created]);
    const result = await callOperation(
      createTrafficMirrorSession,
      {},
      {
        region: "cn-beijing",
        fetch: f.fetch,
        env: {},
        retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
      },
    );
    expect(result).toEqual({ requestId: "first", result: { TrafficMirrorSessionId: "tms-1" } });
    // 7 attempts although only 3 retries are allowed: polls of a token in process are not retries.
    expect(f.attempts).toHaveLength(7);
    expect(new Set(f.attempts.map((a) => a.params.get("ClientToken"))).size).toBe(1);
    expect(sleeps).toEqual([100, 250, 500, 1000, 2000, 2000]);
  });

  it("stops asking after 15 s of back-off and leaves IdempotentProcessing for the caller to call unknown", async () => {
    const sleeps: number[] = [];
    const f = scriptedFetch([volcError(412, "IdempotentProcessing")]);
    const error = await callOperation(
      createTrafficMirrorSession,
      {},
      {
        region: "cn-beijing",
        fetch: f.fetch,
        env: {},
        retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
      },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "IdempotentProcessing", httpStatus: 412 });
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(15_000);
    expect(f.attempts).toHaveLength(sleeps.length + 1);
  });

  it("IdempotentProcessing (412) is retried", async () => {
    const f = scriptedFetch([
      volcError(412, "IdempotentProcessing"),
      json(200, { ResponseMetadata: { RequestId: "ok" }, Result: {} }),
    ]);
    await callOperation(
      createTrafficMirrorSession,
      {},
      { region: "cn-beijing", fetch: f.fetch, env: {}, retry: noSleep },
    );
    expect(f.attempts).toHaveLength(2);
  });

  it("Live CommonErr with HTTP 200 is an error, retried for a query and for the repeat-safe upsert", async () => {
    const f1 = scriptedFetch([
      volcError(200, "CommonErr"),
      json(200, { ResponseMetadata: { RequestId: "ok" }, Result: {} }),
    ]);
    await expect(
      callOperation(describeRelaySourceV3, {}, { fetch: f1.fetch, ...live() }),
    ).resolves.toMatchObject({ requestId: "ok" });
    expect(f1.attempts).toHaveLength(2);
    const f2 = scriptedFetch([
      volcError(200, "CommonErr"),
      json(200, { ResponseMetadata: { RequestId: "ok" } }),
    ]);
    await expect(
      callOperation(updateRelaySourceV3, {}, { fetch: f2.fetch, ...live() }),
    ).resolves.toMatchObject({ requestId: "ok" });
    expect(f2.attempts).toHaveLength(2);
    const f3 = scriptedFetch(Array.from({ length: 4 }, () => volcError(200, "CommonErr")));
    await expect(
      callOperation(updateRelaySourceV3, {}, { fetch: f3.fetch, ...live() }),
    ).rejects.toMatchObject({ code: "CommonErr", httpStatus: 200 });
    expect(f3.attempts).toHaveLength(4);
  });

  it("a final vendor error is not retried", async () => {
    const f = scriptedFetch([aliError(400, "IncorrectStatus")]);
    await expect(ri(f.fetch)).rejects.toMatchObject({ code: "IncorrectStatus", httpStatus: 400 });
    expect(f.attempts).toHaveLength(1);
  });

  it("the caller's abort stops the call without retries", async () => {
    const ctl = new AbortController();
    const f = scriptedFetch(["hang"]);
    const p = callOperation(
      describeRouterInterfaces,
      {},
      { region: "cn-hangzhou", fetch: f.fetch, env: {}, retry: noSleep, signal: ctl.signal },
    ).catch((e: unknown) => e);
    await Promise.resolve();
    ctl.abort();
    expect(await p).toMatchObject({ code: "RequestAborted", httpStatus: 499 });
    expect(f.attempts).toHaveLength(1);
    const already = await callOperation(
      describeRouterInterfaces,
      {},
      { region: "cn-hangzhou", fetch: f.fetch, env: {}, signal: ctl.signal },
    ).catch((e: unknown) => e);
    expect(already).toMatchObject({ code: "RequestAborted" });
    expect(f.attempts).toHaveLength(1);
  });

  it("a non-JSON 200 and a redirect become errors", async () => {
    const f1 = scriptedFetch([new Response("<html/>", { status: 200 })]);
    await expect(
      callOperation(
        describeRelaySourceV3,
        {},
        { fetch: f1.fetch, ...live(), retry: { ...noSleep, maxRetries: 0 } },
      ),
    ).rejects.toMatchObject({
      code: "InvalidResponse",
    });
    const f2 = scriptedFetch([new Response("", { status: 302, headers: { location: "http://elsewhere/" } })]);
    await expect(ri(f2.fetch)).rejects.toMatchObject({ code: "HTTP302" });
    expect(f2.attempts[0]!.init.redirect).toBe("manual");
  });
});
