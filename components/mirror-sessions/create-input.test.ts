import { describe, expect, it } from "vitest";
import { blankToNumber, blankToUndefined, toCreateInput } from "./create-input";

const base = {
  NetworkInterfaceId: "eni-1",
  TrafficMirrorTargetId: "tmt-1",
  TrafficMirrorFilterId: "tmf-1",
  Priority: 3,
};

describe("form value helpers", () => {
  it("treats blank text and blank numbers as not given", () => {
    expect(blankToUndefined("  ")).toBeUndefined();
    expect(blankToUndefined(" a ")).toBe(" a ");
    expect(blankToNumber("")).toBeUndefined();
    expect(blankToNumber(undefined)).toBeUndefined();
    expect(blankToNumber("1450")).toBe(1450);
    expect(blankToNumber("1.5")).toBe(1.5); // the schema refuses it with the field's own message
  });
});

describe("toCreateInput", () => {
  it("drops undefined fields and an empty tag list", () => {
    expect(toCreateInput({ ...base, VirtualNetworkId: undefined, Tags: [] })).toEqual(base);
  });

  it("keeps tags in order and drops empty values only", () => {
    expect(
      toCreateInput({
        ...base,
        Tags: [
          { Key: "env", Value: "prod" },
          { Key: "team", Value: "" },
        ],
      }).Tags,
    ).toEqual([{ Key: "env", Value: "prod" }, { Key: "team" }]);
  });

  it("gives the same input for the same intent, so a retry reuses its ClientToken", () => {
    const a = toCreateInput({ ...base, Description: undefined, Tags: [] });
    const b = toCreateInput({ ...base });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
