import { describe, expect, it } from "vitest";
import { eventResourceHref } from "./event-resource-href";

describe("eventResourceHref", () => {
  it("links session and interface ids to their page in the event's region", () => {
    expect(eventResourceHref("tms-abc", "cn-beijing")).toBe("/mirror-sessions/cn-beijing/tms-abc");
    expect(eventResourceHref("ri-123", "cn-hangzhou")).toBe("/router-interfaces/cn-hangzhou/ri-123");
  });

  it("does not guess for other ids or without a region", () => {
    expect(eventResourceHref("eni-1", "cn-beijing")).toBeNull();
    expect(eventResourceHref("tms-abc", null)).toBeNull();
  });
});
