import { describe, expect, it, vi } from "vitest";
import { operations } from "@/lib/operations/catalog";
import { describeRelaySourceV3 } from "@/lib/operations/live/describe-relay-source-v3";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { callOperation } from "./call-operation";
import { connectRouterInterfaceOp } from "./operations.fixture";
import { RateLimiter, rateLimitKey, TokenBucket, type RateLimitClock } from "./rate-limit";

/** A clock that only moves when the test says so; sleepers wake when their time has come. */
function manualClock() {
  let now = 0;
  let sleepers: { at: number; wake: () => void }[] = [];
  const sleeps: number[] = [];
  const clock: RateLimitClock = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        sleeps.push(ms);
        const sleeper = { at: now + ms, wake: resolve };
        sleepers.push(sleeper);
        signal?.addEventListener("abort", () => resolve(), { once: true });
      }),
  };
  return {
    clock,
    sleeps,
    now: () => now,
    async advance(ms: number) {
      now += ms;
      const due = sleepers.filter((s) => s.at <= now);
      sleepers = sleepers.filter((s) => s.at > now);
      for (const s of due) s.wake();
      await flush();
    },
  };
}

/** Lets every pending promise callback run (no time passes). */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("TokenBucket", () => {
  it("lets a burst of 10 through at once and makes the 11th call of the second wait 100 ms", () => {
    let now = 0;
    const bucket = new TokenBucket(10, { now: () => now });
    const waits = Array.from({ length: 12 }, () => bucket.reserve());
    expect(waits).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 200]);
    // The 12 reservations are paid back after 1.2 s; then a full second of burst is available again.
    now = 1200;
    expect(bucket.reserve()).toBe(0);
    now = 2200;
    expect(Array.from({ length: 11 }, () => bucket.reserve()).at(-1)).toBe(100);
  });

  it("refills continuously: 50 ms after an exhausting burst, the next call waits the remaining 50 ms", () => {
    let now = 0;
    const bucket = new TokenBucket(10, { now: () => now });
    for (let i = 0; i < 10; i++) bucket.reserve();
    now = 50;
    expect(bucket.reserve()).toBe(50);
    now = 1000;
    expect(bucket.reserve()).toBe(0);
  });

  it("refuses a rate that is not positive", () => {
    expect(() => new TokenBucket(0, { now: () => 0 })).toThrow(RangeError);
  });
});

describe("RateLimiter", () => {
  it("delays (never fails) the 11th of 11 simultaneous calls until 100 ms later, in arrival order", async () => {
    const t = manualClock();
    const limiter = new RateLimiter(t.clock);
    const done: number[] = [];
    const calls = Array.from({ length: 12 }, (_, i) => limiter.acquire("k", 10).then(() => done.push(i)));
    await flush();
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await t.advance(99);
    expect(done).toHaveLength(10);
    await t.advance(1);
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await t.advance(100);
    await Promise.all(calls);
    expect(done.at(-1)).toBe(11);
    expect(t.sleeps).toEqual([100, 200]);
  });

  it("keeps one bucket per key", async () => {
    const t = manualClock();
    const limiter = new RateLimiter(t.clock);
    for (let i = 0; i < 10; i++) await limiter.acquire("volcengine/live/AK1", 10);
    expect(await limiter.acquire("volcengine/live/AK2", 10)).toBe(0);
    const late = limiter.acquire("volcengine/live/AK1", 10);
    await t.advance(100);
    expect(await late).toBe(100);
  });

  it("a wait cut short by an abort resolves at once", async () => {
    const t = manualClock();
    const limiter = new RateLimiter(t.clock);
    for (let i = 0; i < 10; i++) await limiter.acquire("k", 10);
    const controller = new AbortController();
    const waiting = limiter.acquire("k", 10, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBe(100);
  });

  it("keys by cloud, product and account", () => {
    expect(rateLimitKey({ cloud: "volcengine", product: "live" }, "AKLTx")).toBe("volcengine/live/AKLTx");
  });
});

describe("the catalog declares Live's documented rate", () => {
  it("sets 10 requests/s on every Live operation and on nothing else", () => {
    const limited = operations.filter((op) => op.rateLimitPerSecond !== undefined);
    expect(limited.map((op) => op.id).sort()).toEqual([
      "volcengine.live.DeleteRelaySourceV3",
      "volcengine.live.DescribeRelaySourceV3",
      "volcengine.live.ListDomainDetail",
      "volcengine.live.UpdateRelaySourceV3",
    ]);
    for (const op of limited) expect(op.rateLimitPerSecond).toBe(10);
  });
});

describe("callOperation honours rateLimitPerSecond", () => {
  const ok = () =>
    new Response(
      JSON.stringify({ ResponseMetadata: { RequestId: "r" }, Result: { RelaySourceConfigList: [] } }),
    );
  const commonErr = () =>
    new Response(
      JSON.stringify({ ResponseMetadata: { RequestId: "e", Error: { Code: "CommonErr", Message: "x" } } }),
    );

  function recordingFetch(now: () => number, replies: Array<() => Response> = [ok]) {
    const sentAt: number[] = [];
    const fn = (async () => {
      sentAt.push(now());
      return replies[Math.min(sentAt.length - 1, replies.length - 1)]!();
    }) as unknown as typeof fetch;
    return { fn, sentAt };
  }

  it("sends 10 Live calls at once and the 11th only when its token is due", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const f = recordingFetch(t.now);
    const calls = Array.from({ length: 11 }, () =>
      callOperation(describeRelaySourceV3, { Vhost: "v" }, { fetch: f.fn, env: {}, rateLimiter }),
    );
    await flush();
    expect(f.sentAt).toEqual(Array(10).fill(0));
    await t.advance(99);
    expect(f.sentAt).toHaveLength(10);
    await t.advance(1);
    await Promise.all(calls);
    expect(f.sentAt).toEqual([...Array(10).fill(0), 100]);
  });

  it("a retry takes a token of its own", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const spy = vi.spyOn(rateLimiter, "acquire");
    const f = recordingFetch(t.now, [commonErr, ok]);
    await callOperation(
      describeRelaySourceV3,
      { Vhost: "v" },
      {
        fetch: f.fn,
        env: {},
        rateLimiter,
        retry: { sleep: async () => {}, random: () => 0 },
      },
    );
    expect(f.sentAt).toHaveLength(2);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy).toHaveBeenCalledWith("volcengine/live/AKLTemulator", 10, undefined);
  });

  it("shares the allowance across Live operations but not across accounts; leaves other products alone", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const f = recordingFetch(t.now);
    for (let i = 0; i < 10; i++)
      await callOperation(describeRelaySourceV3, { Vhost: "v" }, { fetch: f.fn, env: {}, rateLimiter });
    const otherAccount = { EMULATOR_VOLCENGINE_ACCESS_KEY: "AKLTother" };
    await callOperation(updateRelaySourceV3, {}, { fetch: f.fn, env: otherAccount, rateLimiter });
    expect(f.sentAt).toHaveLength(11);
    const queued = callOperation(updateRelaySourceV3, {}, { fetch: f.fn, env: {}, rateLimiter });
    await flush();
    expect(f.sentAt).toHaveLength(11);

    const spy = vi.spyOn(rateLimiter, "acquire");
    const aliyun = recordingFetch(t.now, [() => new Response(JSON.stringify({ RequestId: "r" }))]);
    await callOperation(
      connectRouterInterfaceOp,
      { RouterInterfaceId: "ri-1" },
      { region: "cn-hangzhou", fetch: aliyun.fn, env: {}, rateLimiter },
    );
    expect(spy).not.toHaveBeenCalled();

    await t.advance(100);
    await queued;
    expect(f.sentAt.at(-1)).toBe(100);
  });

  it("a caller abort during the wait ends the call without sending it", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const f = recordingFetch(t.now);
    for (let i = 0; i < 10; i++)
      await callOperation(describeRelaySourceV3, { Vhost: "v" }, { fetch: f.fn, env: {}, rateLimiter });
    const controller = new AbortController();
    const waiting = callOperation(
      describeRelaySourceV3,
      { Vhost: "v" },
      { fetch: f.fn, env: {}, rateLimiter, signal: controller.signal },
    );
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: "RequestAborted" });
    expect(f.sentAt).toHaveLength(10);
  });
});
