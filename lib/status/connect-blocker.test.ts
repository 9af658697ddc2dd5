import { describe, expect, it } from "vitest";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { connectBlocker } from "./connect-blocker";

const ready: RouterInterface = {
  RouterInterfaceId: "ri-a",
  Role: "InitiatingSide",
  RouterId: "vrt-a",
  RouterType: "VRouter",
  Status: "Idle",
  Spec: "Small.1",
  OppositeInterfaceId: "ri-b",
  OppositeRouterId: "vrt-b",
};

describe("connectBlocker", () => {
  it("offers Connect on an Idle initiator with its peer set", () => {
    expect(connectBlocker(ready)).toBeNull();
  });

  it("explains why not otherwise", () => {
    expect(connectBlocker({ ...ready, Role: "AcceptingSide" })).toBe("acceptingSide");
    expect(connectBlocker({ ...ready, Status: "Active" })).toBe("notIdle");
    expect(connectBlocker({ ...ready, OppositeInterfaceId: undefined })).toBe("peerNotSet");
    expect(connectBlocker({ ...ready, OppositeRouterId: "" })).toBe("peerNotSet");
  });
});
