import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ManualClock } from "@/lib/emulator/core/clock";
import { LIVE } from "@/lib/emulator/products/live/live-ids";
import { liveProduct } from "@/lib/emulator/products/live/live-product";
import { testEmulator } from "@/lib/emulator/testing/test-emulator";
import { operations } from "@/lib/operations/catalog";
import { describeRelaySourceV3 } from "@/lib/operations/live/describe-relay-source-v3";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { connectRouterInterface } from "@/lib/operations/vpc/connect-router-interface";
import { callOperation } from "./call-operation";
import { RateLimiter, rateLimitKey, SlidingWindow, type RateLimitClock } from "./rate-limit";

/**
 * A clock that only moves when the test says so; sleepers wake when their time has come. It drives `base`, so an
 * in-process emulator can share it.
 */
function manualClock(base = new ManualClock(0)) {
  const origin = base.now();
  let sleepers: { at: number; wake: () => void }[] = [];
  const sleeps: number[] = [];
  const clock: RateLimitClock = {
    now: () => base.now(),
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        sleeps.push(ms);
        const sleeper = { at: base.now() + ms, wake: resolve };
        sleepers.push(sleeper);
        signal?.addEventListener("abort", () => resolve(), { once: true });
      }),
  };
  return {
    clock,
    sleeps,
    /** Milliseconds since the clock was made. */
    now: () => base.now() - origin,
    async advance(ms: number) {
      base.advance(ms);
      const due = sleepers.filter((s) => s.at <= base.now());
      sleepers = sleepers.filter((s) => s.at > base.now());
      for (const s of due) s.wake();
      await flush();
    },
    /** Moves from one wake-up to the next until nobody sleeps, so every intermediate instant is visited. */
    async runUntilIdle() {
      await flush();
      while (sleepers.length > 0) {
        await this.advance(Math.min(...sleepers.map((s) => s.at)) - base.now());
      }
    },
  };
}

/** Lets every pending promise callback run (no time passes). */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("SlidingWindow", () => {
  it("lets a burst of 10 through at once and holds the 11th and 12th until the first call is 1000 ms old", () => {
    let now = 0;
    const window = new SlidingWindow(10, { now: () => now });
    expect(Array.from({ length: 12 }, () => window.reserve())).toEqual([...Array(10).fill(0), 1000, 1000]);
    // At 1000 eight of the second's ten slots are free again; the ninth must wait for the calls booked at 1000.
    now = 1000;
    expect(Array.from({ length: 9 }, () => window.reserve())).toEqual([...Array(8).fill(0), 1000]);
  });

  it("after a burst, a call at t=400 waits the remaining 600 ms, and the next one after it too", () => {
    let now = 0;
    const window = new SlidingWindow(10, { now: () => now });
    for (let i = 0; i < 10; i++) window.reserve();
    now = 400;
    expect(window.reserve()).toBe(600);
    now = 999;
    expect(window.reserve()).toBe(1);
    now = 1000;
    expect(window.reserve()).toBe(0);
  });

  it("never delays calls spaced 100 ms apart (the 11th starts exactly 1000 ms after the 1st)", () => {
    let now = 0;
    const window = new SlidingWindow(10, { now: () => now });
    const waits: number[] = [];
    for (; now < 5000; now += 100) waits.push(window.reserve());
    expect(waits).toEqual(Array(50).fill(0));
  });

  it("never lets more than N starts into any 1000 ms, keeps arrival order, and waits no longer than needed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 80 }),
        (limit, gaps) => {
          let now = 0;
          const window = new SlidingWindow(limit, { now: () => now });
          const starts: number[] = [];
          for (const gap of gaps) {
            now += gap;
            starts.push(now + window.reserve());
          }
          starts.forEach((start, k) => {
            if (k > 0) expect(start).toBeGreaterThanOrEqual(starts[k - 1]!);
            if (k >= limit) expect(start - starts[k - limit]!).toBeGreaterThanOrEqual(1000);
            // A delayed call starts the moment the window lets it, not later.
            const arrival = gaps.slice(0, k + 1).reduce((a, b) => a + b, 0);
            if (start > arrival) expect(start).toBe(starts[k - limit]! + 1000);
          });
          expect(window.recent().length).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });

  it("keeps only the last N start times", () => {
    let now = 0;
    const window = new SlidingWindow(10, { now: () => now });
    for (; now < 100_000; now += 7) window.reserve();
    expect(window.recent()).toHaveLength(10);
  });

  it("refuses a limit that is not a positive integer", () => {
    expect(() => new SlidingWindow(0, { now: () => 0 })).toThrow(RangeError);
    expect(() => new SlidingWindow(2.5, { now: () => 0 })).toThrow(RangeError);
  });
});

describe("RateLimiter", () => {
  it("delays (never fails) the 11th and 12th of 12 simultaneous calls by 1000 ms, in arrival order", async () => {
    const t = manualClock();
    const limiter = new RateLimiter(t.clock);
    const done: number[] = [];
    const waits = Array.from({ length: 12 }, (_, i) =>
      limiter.acquire("k", 10).then((wait) => {
        done.push(i);
        return wait;
      }),
    );
    await flush();
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await t.advance(999);
    expect(done).toHaveLength(10);
    await t.advance(1);
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await Promise.all(waits)).toEqual([...Array(10).fill(0), 1000, 1000]);
    expect(t.sleeps).toEqual([1000, 1000]);
  });

  it("keeps one window per key", async () => {
    const t = manualClock();
    const limiter = new RateLimiter(t.clock);
    for (let i = 0; i < 10; i++) await limiter.acquire("volcengine/live/AK1", 10);
    expect(await limiter.acquire("volcengine/live/AK2", 10)).toBe(0);
    await t.advance(400);
    const late = limiter.acquire("volcengine/live/AK1", 10);
    await t.advance(600);
    expect(await late).toBe(600);
  });

  it("remembers the last second when an operation declares a different rate", async () => {
    const t = manualClock();
    const limiter = new RateLimiter(t.clock);
    for (let i = 0; i < 10; i++) await limiter.acquire("k", 10);
    const slower = limiter.acquire("k", 5);
    await t.advance(1000);
    expect(await slower).toBe(1000);
  });

  it("a wait cut short by an abort resolves at once", async () => {
    const t = manualClock();
    const limiter = new RateLimiter(t.clock);
    for (let i = 0; i < 10; i++) await limiter.acquire("k", 10);
    const controller = new AbortController();
    const waiting = limiter.acquire("k", 10, controller.signal);
    controller.abort();
    await expect(waiting).resolves.toBe(1000);
    expect(t.now()).toBe(0);
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

  it("sends 10 Live calls at once and the 11th at t=1000", async () => {
    const t = manualClock();
    const rateLimiter = new RateLimiter(t.clock);
    const f = recordingFetch(t.now);
    const calls = Array.from({ length: 11 }, () =>
      callOperation(describeRelaySourceV3, { Vhost: "v" }, { fetch: f.fn, env: {}, rateLimiter }),
    );
    await flush();
    expect(f.sentAt).toEqual(Array(10).fill(0));
    await t.advance(999);
    expect(f.sentAt).toHaveLength(10);
    await t.advance(1);
    await Promise.all(calls);
    expect(f.sentAt).toEqual([...Array(10).fill(0), 1000]);
  });

  it("a retry takes a slot of its own", async () => {
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
      connectRouterInterface,
      { RouterInterfaceId: "ri-1" },
      { region: "cn-hangzhou", fetch: aliyun.fn, env: {}, rateLimiter },
    );
    expect(spy).not.toHaveBeenCalled();

    await t.advance(999);
    expect(f.sentAt).toHaveLength(11);
    await t.advance(1);
    await queued;
    expect(f.sentAt.at(-1)).toBe(1000);
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

describe("the limiter against the emulator's Live throttle (in-process, one clock, no network latency)", () => {
  it("25 simultaneous Live calls go out 10 per second and the emulator refuses none", async () => {
    // One manual clock for both sides: the emulator counts admissions per rolling second on the same scale.
    const emulatorClock = new ManualClock();
    const emu = testEmulator({ products: [liveProduct], clock: emulatorClock });
    const t = manualClock(emulatorClock);
    const rateLimiter = new RateLimiter(t.clock);
    const sent: { at: number; status: number }[] = [];
    const fetchToEmulator = (async (url: string, init?: RequestInit) => {
      const at = t.now();
      const response = await emu.emulator.handle(new Request(url, init));
      sent.push({ at, status: response.status });
      return response;
    }) as unknown as typeof fetch;

    const calls = Array.from({ length: 25 }, () =>
      callOperation(
        describeRelaySourceV3,
        { Vhost: LIVE.vhosts.edu },
        {
          fetch: fetchToEmulator,
          env: {},
          rateLimiter,
          now: () => new Date(emulatorClock.now()),
          retry: { sleep: async () => {}, random: () => 0 },
        },
      ),
    );
    await t.runUntilIdle();
    await Promise.all(calls);

    expect(sent.map((s) => s.at)).toEqual([
      ...Array(10).fill(0),
      ...Array(10).fill(1000),
      ...Array(5).fill(2000),
    ]);
    expect(sent.filter((s) => s.status !== 200)).toEqual([]);
  });
});
