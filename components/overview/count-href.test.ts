import { describe, expect, it } from "vitest";
import { countHref } from "./count-href";

describe("overview count links", () => {
  it("open every region of a regional list, filtered to the counted status", () => {
    expect(countHref({ kind: "routerInterfaces", href: "/router-interfaces" }, "Idle")).toBe(
      "/router-interfaces?region=all&status=Idle",
    );
    expect(countHref({ kind: "mirrorSessions", href: "/mirror-sessions" }, "Active")).toBe(
      "/mirror-sessions?region=all&status=Active",
    );
  });

  it("keep the status alone where the list lives under a parent, and encode it", () => {
    expect(countHref({ kind: "multicastSources", href: "/multicast-sources" }, "Registering")).toBe(
      "/multicast-sources?status=Registering",
    );
    expect(countHref({ kind: "gaDestinations", href: "/ga-destinations" }, "a b&c")).toBe(
      "/ga-destinations?status=a+b%26c",
    );
  });
});
