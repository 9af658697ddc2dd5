import { describe, expect, it } from "vitest";
import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { EXPECTATION_MS, SessionWatch } from "./session-watch";

const s = (id: string, Status: TrafficMirrorSession["Status"]) =>
  ({ TrafficMirrorSessionId: id, Status }) as TrafficMirrorSession;

describe("SessionWatch", () => {
  it("names sessions in transition, and nothing once all are settled", () => {
    const watch = new SessionWatch();
    expect(watch.moving([s("tms-a", "Active"), s("tms-b", "Creating")])).toEqual(["tms-b:Creating"]);
    expect(watch.moving([s("tms-a", "Active"), s("tms-b", "Deleting")])).toEqual(["tms-b:Deleting"]);
    expect(watch.moving([s("tms-a", "Active"), s("tms-b", "Failed")])).toEqual([]);
  });

  it("waits until a created session shows up", () => {
    const watch = new SessionWatch();
    watch.expectCreated("tms-new");
    expect(watch.moving([s("tms-a", "Active")])).toEqual(["tms-new:expected"]);
    expect(watch.moving([s("tms-a", "Active"), s("tms-new", "Active")])).toEqual([]);
    // Met once: a later delete of the same session elsewhere does not revive the expectation.
    expect(watch.moving([s("tms-a", "Active")])).toEqual([]);
  });

  it("waits until a deleted session is gone, even while the list still says Active", () => {
    const watch = new SessionWatch();
    watch.expectGone("tms-a");
    expect(watch.moving([s("tms-a", "Active")])).toEqual(["tms-a:leaving"]);
    expect(watch.moving([])).toEqual([]);
  });

  it("gives up on an expectation the list never meets", () => {
    let now = 0;
    const watch = new SessionWatch(() => now);
    watch.expectCreated("tms-never");
    now = EXPECTATION_MS - 1;
    expect(watch.moving([])).toEqual(["tms-never:expected"]);
    now = EXPECTATION_MS;
    expect(watch.moving([])).toEqual([]);
  });
});
