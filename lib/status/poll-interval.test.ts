import { describe, expect, it } from "vitest";
import { isSettled, toneOf } from "./lifecycles";
import { pollInterval } from "./poll-interval";

describe("pollInterval", () => {
  it("starts near 1 s, backs off, caps at 10 s and stops when settled", () => {
    expect(pollInterval(true, 0)).toBe(1000);
    expect(pollInterval(true, 1)).toBe(1500);
    expect(pollInterval(true, 2)).toBe(2250);
    expect(pollInterval(true, 20)).toBe(10_000);
    expect(pollInterval(false, 0)).toBe(false);
  });
});

describe("lifecycles", () => {
  it("tells transitional, settled and failed states apart", () => {
    expect(toneOf("multicastSource", "Registering")).toBe("pending");
    expect(toneOf("multicastSource", "Registered")).toBe("ok");
    expect(toneOf("routerInterface", "Idle")).toBe("neutral");
    expect(toneOf("routerInterface", "AcceptingConnecting")).toBe("pending");
    expect(toneOf("mirrorSession", "Failed")).toBe("failed");
    expect(isSettled("mirrorSession", "Failed")).toBe(true);
    expect(isSettled("gaState", "updating")).toBe(false);
    expect(isSettled("gaState", "active")).toBe(true);
    expect(toneOf("gaAccelerator", "configuring")).toBe("pending");
    expect(toneOf("gaAccelerator", "finacialLocked")).toBe("failed");
  });
});
