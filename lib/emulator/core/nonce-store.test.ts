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
});
