import { describe, expect, it } from "vitest";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { MAX_CHECKS, SessionWatch } from "./session-watch";

const s = (id: string, Status: TrafficMirrorSession["Status"]) =>
  ({ TrafficMirrorSessionId: id, Status }) as TrafficMirrorSession;

describe("SessionWatch", () => {
  it("polls while any session is transitional, and stops when all are settled", () => {
    const watch = new SessionWatch();
    expect(watch.isInFlight([s("tms-a", "Active"), s("tms-b", "Creating")], 1)).toBe(true);
    expect(watch.isInFlight([s("tms-a", "Active"), s("tms-b", "Deleting")], 2)).toBe(true);
    expect(watch.isInFlight([s("tms-a", "Active"), s("tms-b", "Failed")], 3)).toBe(false);
  });

  it("keeps polling until a created session shows up", () => {
    const watch = new SessionWatch();
    watch.expectCreated("tms-new");
    expect(watch.isInFlight([s("tms-a", "Active")], 4)).toBe(true);
    expect(watch.isInFlight([s("tms-a", "Active"), s("tms-new", "Active")], 5)).toBe(false);
    // Met once: a later delete of the same session does not revive the expectation.
    expect(watch.isInFlight([s("tms-a", "Active")], 6)).toBe(false);
  });

  it("keeps polling until a deleted session is gone, even while the list still says Active", () => {
    const watch = new SessionWatch();
    watch.expectGone("tms-a");
    expect(watch.isInFlight([s("tms-a", "Active")], 7)).toBe(true);
    expect(watch.isInFlight([], 8)).toBe(false);
  });

  it("gives up on an expectation after MAX_CHECKS looks", () => {
    const watch = new SessionWatch();
    watch.expectCreated("tms-never");
    for (let i = 1; i < MAX_CHECKS; i++) expect(watch.isInFlight([], 1000 + i), `check ${i}`).toBe(true);
    expect(watch.isInFlight([], 2000)).toBe(false);
  });

  it("counts list reads, not questions: TanStack asks several times per read", () => {
    const watch = new SessionWatch();
    watch.expectCreated("tms-slow");
    // Renders and fetch start/end ask again with the same read: that must not use up the allowance.
    for (let i = 0; i < MAX_CHECKS * 4; i++) expect(watch.isInFlight([], 7)).toBe(true);
    for (let read = 8; read < 8 + MAX_CHECKS - 2; read++) expect(watch.isInFlight([], read)).toBe(true);
    expect(watch.isInFlight([], 100)).toBe(false);
  });
});
