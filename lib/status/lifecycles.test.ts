import { describe, expect, it } from "vitest";
import { isSettled, toneOf } from "./lifecycles";

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
