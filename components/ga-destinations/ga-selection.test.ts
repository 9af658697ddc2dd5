import { describe, expect, it } from "vitest";
import { parseSelection, selectionSearch } from "./ga-selection";

describe("GA selection in the URL", () => {
  it("reads the chain down to its first missing or malformed link", () => {
    expect(parseSelection({ accelerator: "ga-1", listener: "lsr-2", group: "epg-3" })).toEqual({
      acceleratorId: "ga-1",
      listenerId: "lsr-2",
      groupId: "epg-3",
    });
    expect(parseSelection({ accelerator: "ga-1", listener: "epg-3", group: "epg-3" })).toEqual({
      acceleratorId: "ga-1",
      listenerId: null,
      groupId: null,
    });
    expect(parseSelection({ accelerator: ["ga-1", "ga-2"], listener: "lsr-2" }).acceleratorId).toBeNull();
    expect(parseSelection({ accelerator: "ga-" }).acceleratorId).toBeNull();
  });

  it("writes the selection back, keeping other parameters and dropping cleared links", () => {
    expect(
      selectionSearch("?x=1&group=epg-old", { acceleratorId: "ga-1", listenerId: "lsr-2", groupId: null }),
    ).toBe("?x=1&accelerator=ga-1&listener=lsr-2");
    expect(
      selectionSearch("?accelerator=ga-1", { acceleratorId: null, listenerId: null, groupId: null }),
    ).toBe("");
  });
});
