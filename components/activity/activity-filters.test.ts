import { describe, expect, it } from "vitest";
import { filterQuery, filtersFrom, instantOfLocal, localOfInstant } from "./activity-filters";

describe("the /activity filters in the URL", () => {
  it("keeps only known, non-empty filters, the first of a repeated one", () => {
    expect(
      filtersFrom({ actor: " ann@example.com ", outcome: ["failed", "ok"], colour: "red", resource: "" }),
    ).toEqual({
      actor: "ann@example.com",
      outcome: "failed",
    });
  });

  it("writes them back in a stable order, with the cursor or format after", () => {
    expect(filterQuery({ outcome: "failed", actor: "a@b.c" }, { cursor: "xyz", format: undefined })).toBe(
      "actor=a%40b.c&outcome=failed&cursor=xyz",
    );
  });

  it("turns a datetime-local value into the instant the API takes and back", () => {
    const local = "2026-12-07T10:01";
    const instant = instantOfLocal(local);
    expect(instant).toBe(new Date(local).toISOString());
    expect(localOfInstant(instant)).toBe(local);
    expect(localOfInstant("not a time")).toBe("");
    expect(instantOfLocal("")).toBe("");
  });
});
