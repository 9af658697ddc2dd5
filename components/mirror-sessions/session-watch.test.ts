import { describe, expect, it } from "vitest";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { MAX_CHECKS, SessionWatch } from "./session-watch";

const s = (id: string, Status: TrafficMirrorSession["Status"]) =>
  ({ TrafficMirrorSessionId: id, Status }) as TrafficMirrorSession;

describe("SessionWatch", () => {
  it("polls while any session is transitional, and stops when all are settled", () => {
    const watch = new SessionWatch();
    expect(watch.isInFlight([s("tms-a", "Active"), s("tms-b", "Creating")])).toBe(true);
    expect(watch.isInFlight([s("tms-a", "Active"), s("tms-b", "Deleting")])).toBe(true);
    expect(watch.isInFlight([s("tms-a", "Active"), s("tms-b", "Failed")])).toBe(false);
  });

  it("keeps polling until a created session shows up", () => {
    const watch = new SessionWatch();
    watch.expectCreated("tms-new");
    expect(watch.isInFlight([s("tms-a", "Active")])).toBe(true);
    expect(watch.isInFlight([s("tms-a", "Active"), s("tms-new", "Active")])).toBe(false);
    // Met once: a later delete of the same session does not revive the expectation.
    expect(watch.isInFlight([s("tms-a", "Active")])).toBe(false);
  });

  it("keeps polling until a deleted session is gone, even while the list still says Active", () => {
    const watch = new SessionWatch();
    watch.expectGone("tms-a");
    expect(watch.isInFlight([s("tms-a", "Active")])).toBe(true);
    expect(watch.isInFlight([])).toBe(false);
  });

  it("gives up on an expectation after MAX_CHECKS looks", () => {
    const watch = new SessionWatch();
    watch.expectCreated("tms-never");
    for (let i = 1; i < MAX_CHECKS; i++) expect(watch.isInFlight([]), `check ${i}`).toBe(true);
    expect(watch.isInFlight([])).toBe(false);
  });
});
