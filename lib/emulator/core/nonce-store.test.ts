import { describe, expect, it } from "vitest";
import { ManualClock } from "./clock";
import { NonceStore } from "./nonce-store";

describe("NonceStore", () => {
  it("refuses a nonce reused by the same key within 30 minutes, per key", () => {
    const clock = new ManualClock();
    const store = new NonceStore(clock);
    expect(store.claim("k1", "n")).toBe(true);
    expect(store.claim("k1", "n")).toBe(false);
    expect(store.claim("k2", "n")).toBe(true);
    clock.advance(30 * 60_000 - 1);
    expect(store.claim("k1", "n")).toBe(false);
  });

  it("forgets nonces after the window (the clock check refuses such old requests anyway)", () => {
    const clock = new ManualClock();
    const store = new NonceStore(clock);
    store.claim("k", "old");
    clock.advance(30 * 60_000);
    store.claim("k", "new");
    expect(store.size).toBe(1);
    expect(store.claim("k", "old")).toBe(true);
  });

  it("stays within maxEntries, dropping the oldest first", () => {
    const store = new NonceStore(new ManualClock(), 30 * 60_000, 3);
    for (const n of ["a", "b", "c", "d"]) store.claim("k", n);
    expect(store.size).toBe(3);
    expect(store.claim("k", "a")).toBe(true);
    expect(store.claim("k", "d")).toBe(false);
  });

  it("a nonce claimed again after its window is remembered for a whole new window", () => {
    const clock = new ManualClock();
    const store = new NonceStore(clock);
    store.claim("k", "n");
    clock.advance(30 * 60_000);
    expect(store.claim("k", "n")).toBe(true);
    // The first claim's expiry passes: only the stale record goes, the new claim still refuses a replay.
    clock.advance(1);
    store.claim("k", "other");
    expect(store.claim("k", "n")).toBe(false);
    clock.advance(30 * 60_000);
    expect(store.claim("k", "n")).toBe(true);
  });

  it("keeps refusing replays and forgetting expired nonces over many windows of sustained traffic", () => {
    const clock = new ManualClock();
    const store = new NonceStore(clock, 1_000, 50_000);
    for (let i = 0; i < 20_000; i++) {
      store.claim("k", `n${i}`);
      clock.advance(1);
    }
    // 1 s window at 1 claim/ms: only the last 1,000 are remembered, and those are refused.
    expect(store.size).toBe(1_000);
    expect(store.claim("k", "n19999")).toBe(false);
    expect(store.claim("k", "n18999")).toBe(true);
  });
});
