import { describe, expect, it } from "vitest";
import { cloudAttributes } from "./cloud-attributes";

describe("cloudAttributes", () => {
  it("lists every field the cloud returned, ids copyable, tags as key=value, in the cloud's order", () => {
    const attributes = cloudAttributes(
      {
        TrafficMirrorSessionId: "tms-1",
        TrafficMirrorSourceIds: ["eni-1"],
        Priority: 5,
        Tags: [{ Key: "env", Value: "prod" }, { Key: "team" }],
        Description: "",
      },
      { TrafficMirrorSourceIds: (id) => `/enis/${id}` },
    );
    expect(attributes).toEqual([
      { label: "TrafficMirrorSessionId", value: "tms-1", id: "tms-1", href: undefined },
      { label: "TrafficMirrorSourceIds", value: "eni-1", id: "eni-1", href: "/enis/eni-1" },
      { label: "Priority", value: "5" },
      { label: "Tags", value: "env=prod, team" },
      { label: "Description", value: "" },
    ]);
  });
});
