import { describe, expect, it } from "vitest";
import { isActivePath, NAV_ITEMS } from "./nav-items";

describe("isActivePath", () => {
  it("marks the overview only on the root path", () => {
    expect(isActivePath("/", "/")).toBe(true);
    expect(isActivePath("/", "/mirror-sessions")).toBe(false);
  });

  it("keeps a section current on its own detail pages but not on a look-alike prefix", () => {
    expect(isActivePath("/relay-sources", "/relay-sources")).toBe(true);
    expect(isActivePath("/relay-sources", "/relay-sources/vhost-1")).toBe(true);
    expect(isActivePath("/relay-sources", "/relay-sources-archive")).toBe(false);
  });
});

describe("NAV_ITEMS", () => {
  it("lists the overview, the five resource kinds (each with its cloud) and the activity", () => {
    expect(NAV_ITEMS.map((item) => item.href)).toEqual([
      "/",
      "/multicast-sources",
      "/router-interfaces",
      "/mirror-sessions",
      "/ga-destinations",
      "/relay-sources",
      "/activity",
    ]);
    expect(NAV_ITEMS.slice(1, 6).every((item) => item.cloud !== undefined)).toBe(true);
  });
});
