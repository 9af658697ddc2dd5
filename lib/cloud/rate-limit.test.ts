import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { operations } from "@/lib/operations/catalog";
import { flush, manualClock } from "./manual-clock.fixture";
import { RateLimiter, rateLimitKey, SlidingWindow } from "./rate-limit";

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
