import { describe, expect, it } from "vitest";
import { hasConnectStarted, isPairInFlight } from "./pair-watch";

const s = (Status: "Idle" | "Connecting" | "AcceptingConnecting" | "Active" | "Inactive") => ({ Status });

describe("pair watch", () => {
  it("keeps the pair in flight while either side moves, and settled only when both are", () => {
    expect(isPairInFlight([s("Active"), s("AcceptingConnecting")], false)).toBe(true);
    expect(isPairInFlight([s("Connecting"), undefined], false)).toBe(true);
    expect(isPairInFlight([s("Active"), s("Active")], false)).toBe(false);
    expect(isPairInFlight([s("Idle"), s("Inactive")], false)).toBe(false);
  });

  it("right after a Connect, waits for the cloud to start even on two Idle sides", () => {
    expect(isPairInFlight([s("Idle"), s("Idle")], true)).toBe(true);
    expect(hasConnectStarted([s("Idle"), s("Idle")])).toBe(false);
    expect(hasConnectStarted([s("Idle"), s("AcceptingConnecting")])).toBe(true);
    expect(hasConnectStarted([s("Active"), undefined])).toBe(true);
  });
});
