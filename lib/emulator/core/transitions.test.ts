import { describe, expect, it } from "vitest";
import { ManualClock } from "./clock";
import { advance, TransitionEngine, type Transitional } from "./transitions";

function resource(engine: TransitionEngine, kind = "thing", to: string | null = "Ready"): Transitional {
  return { status: "Working", pending: engine.begin(kind, to) };
}

describe("TransitionEngine", () => {
  it("timed: arrives exactly after ms on the injected clock", () => {
    const clock = new ManualClock();
    const engine = new TransitionEngine(clock, { mode: "timed", ms: 500 });
    const r = resource(engine);
    clock.advance(499);
    expect(advance(r, engine, true)).toBe("unchanged");
    clock.advance(1);
    expect(advance(r, engine, true)).toBe("moved");
    expect(r).toEqual({ status: "Ready" });
  });

  it("immediate: the next look sees the target; switching a kind to immediate completes what is in flight", () => {
    const clock = new ManualClock();
    const engine = new TransitionEngine(clock, { mode: "timed", ms: 60_000 });
    const r = resource(engine, "slow");
    expect(advance(r, engine, false)).toBe("unchanged");
    engine.configure({ mode: "immediate", kind: "slow" });
    expect(advance(r, engine, false)).toBe("moved");
    expect(r.status).toBe("Ready");
  });

  it("manual: only reads count, and only N of them", () => {
    const engine = new TransitionEngine(new ManualClock(), { mode: "manual", reads: 3 });
    const r = resource(engine);
    expect(advance(r, engine, false)).toBe("unchanged");
    expect(advance(r, engine, true)).toBe("moved"); // readsLeft 2 (a persisted change)
    expect(r.status).toBe("Working");
    advance(r, engine, true);
    expect(advance(r, engine, true)).toBe("moved");
    expect(r.status).toBe("Ready");
  });

  it("a null target means the resource disappears", () => {
    const engine = new TransitionEngine(new ManualClock(), { mode: "immediate" });
    expect(advance(resource(engine, "thing", null), engine, false)).toBe("gone");
  });

  it("per-kind modes override the default; a kind-less update replaces them all", () => {
    const engine = new TransitionEngine(new ManualClock());
    engine.configure({ mode: "manual", reads: 2, kind: "a" });
    expect(engine.modeFor("a")).toEqual({ mode: "manual", reads: 2 });
    expect(engine.modeFor("b")).toEqual({ mode: "timed", ms: 3000 });
    engine.configure({ mode: "immediate" });
    expect(engine.modeFor("a")).toEqual({ mode: "immediate" });
    expect(engine.describe()).toEqual({ default: { mode: "immediate" }, kinds: {} });
  });
});
