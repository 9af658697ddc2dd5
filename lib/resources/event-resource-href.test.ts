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

  it("does not link an id the trail recorded with a lone surrogate (it cannot be in a URL), and never throws", () => {
    // A refused request's input is recorded as sent; /activity crashed rendering such an id (URIError).
    expect(eventResourceHref("tms-\uD800x", "cn-beijing")).toBeNull();
    expect(eventResourceHref("ri-1", "cn-\uDC00")).toBeNull();
  });
});
