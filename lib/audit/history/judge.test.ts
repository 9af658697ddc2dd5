import { describe, expect, it } from "vitest";
import { GONE, judge, type Progress } from "./judge";
import { trackerByName } from "./trackers";

const sessions = trackerByName("mirrorSession")!;
const interfaces = trackerByName("routerInterface")!;
const progress = (status: Record<string, string>, moved: string[] = []): Progress => ({ status, moved });

describe("judging an operation from what was seen", () => {
  it("stays open until every resource reached the expected status", () => {
    expect(judge(sessions, "Active", ["tms-1"], progress({}))).toEqual({ state: "open" });
    expect(judge(sessions, "Active", ["tms-1"], progress({ "tms-1": "Creating" }, ["tms-1"]))).toEqual({
      state: "open",
    });
    const sources = trackerByName("multicastSource")!;
    const two = ["d|g|eni-1", "d|g|eni-2"];
    expect(judge(sources, "Registered", two, progress({ "d|g|eni-1": "Registered" }))).toEqual({
      state: "open",
    });
    expect(
      judge(sources, "Registered", two, progress({ "d|g|eni-1": "Registered", "d|g|eni-2": "Registered" })),
    ).toEqual({ state: "settled" });
  });

  it("settles a removal when the resource is gone", () => {
    expect(judge(sessions, GONE, ["tms-1"], progress({ "tms-1": "Deleting" }, ["tms-1"]))).toEqual({
      state: "open",
    });
    expect(judge(sessions, GONE, ["tms-1"], progress({ "tms-1": GONE }))).toEqual({ state: "settled" });
  });

  it("fails on a failure status, on a resource that disappears, or on settling elsewhere after moving", () => {
    expect(judge(sessions, "Active", ["tms-1"], progress({ "tms-1": "Failed" }))).toEqual({
      state: "failed",
      reason: "tms-1 is Failed",
    });
    expect(judge(sessions, "Active", ["tms-1"], progress({ "tms-1": GONE }))).toMatchObject({
      state: "failed",
    });
    expect(judge(interfaces, "Inactive", ["ri-1"], progress({ "ri-1": "Active" }, ["ri-1"]))).toEqual({
      state: "failed",
      reason: "ri-1 settled as Active, not Inactive",
    });
    // Not yet seen moving: the cloud may not have started; keep waiting (the time limit decides).
    expect(judge(interfaces, "Inactive", ["ri-1"], progress({ "ri-1": "Active" }))).toEqual({
      state: "open",
    });
  });
});
