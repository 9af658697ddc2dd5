import { describe, expect, it } from "vitest";
import { inFlightHref } from "./in-flight-href";

describe("inFlightHref", () => {
  it("links sessions and interfaces to their page in their region", () => {
    expect(inFlightHref("mirrorSessions", { id: "tms-1", status: "Creating", region: "cn-beijing" })).toBe(
      "/mirror-sessions/cn-beijing/tms-1",
    );
    expect(
      inFlightHref("routerInterfaces", { id: "ri-1", status: "Connecting", region: "cn-hangzhou" }),
    ).toBe("/router-interfaces/cn-hangzhou/ri-1");
  });

  it("reads a multicast source's group and ENI and a relay source's vhost and app", () => {
    expect(
      inFlightHref("multicastSources", {
        id: "239.1.1.1 eni-9",
        status: "Registering",
        region: "cn-hangzhou",
        parent: "tr-mcast-domain-1",
      }),
    ).toBe("/multicast-sources/cn-hangzhou/tr-mcast-domain-1/239.1.1.1/eni-9");
    expect(
      inFlightHref("relaySources", { id: "live.example.com/app1", status: "Saved", region: "cn-north-1" }),
    ).toBe("/relay-sources/live.example.com?app=app1");
  });

  it("has no page for a GA endpoint group or a name it cannot read", () => {
    expect(
      inFlightHref("gaDestinations", { id: "epg-1", status: "updating", region: "cn-hangzhou" }),
    ).toBeNull();
    expect(
      inFlightHref("multicastSources", { id: "239.1.1.1", status: "Registering", region: "r" }),
    ).toBeNull();
  });
});
