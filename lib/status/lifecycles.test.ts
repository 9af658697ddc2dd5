import { describe, expect, it } from "vitest";
import { isOk, isSettled, toneOf } from "./lifecycles";

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

  it("tells the working state, where an action is offered, from every other", () => {
    expect(isOk("multicastSource", "Registered")).toBe(true);
    expect(isOk("multicastSource", "Registering")).toBe(false);
    expect(isOk("routerInterface", "Active")).toBe(true);
    expect(isOk("routerInterface", "Idle")).toBe(false);
    expect(isOk("multicastAssociation", "Associated")).toBe(true);
    expect(isOk("multicastAssociation", "Associating")).toBe(false);
    expect(isOk("mirrorTargetOrFilter", "Available")).toBe(true);
    expect(isOk("mirrorTargetOrFilter", "Creating")).toBe(false);
    expect(isOk("gaState", undefined)).toBe(false);
  });
});
