import { describe, expect, it } from "vitest";
import { limitConcurrency } from "./limit-concurrency";

describe("limitConcurrency", () => {
  it("never runs more than the limit at once, starts tasks in order and passes results and errors", async () => {
    const gate = limitConcurrency(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5 - (i % 3)));
      running--;
      if (i === 3) throw new Error("task 3");
      return i;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map((i) => gate(task(i))));
    expect(peak).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : "failed"))).toEqual([
      0,
      1,
      2,
      "failed",
      4,
      5,
    ]);
  });
});
