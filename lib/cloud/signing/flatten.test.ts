import { describe, expect, it } from "vitest";
import { flattenParams, unflattenParams } from "./flatten";

describe("flattenParams", () => {
  it("flattens nested lists of objects with 1-based indices (vector A6)", () => {
    expect(
      flattenParams({
        ClientToken: "123e4567-e89b-12d3-a456-426655440000",
        DestinationConfigurations: [{ FromPort: 80, Protocols: ["TCP", "UDP"], ToPort: 81 }],
        EndpointGroupId: "epg-bp14sz7ftcwwjgrdm****",
        RegionId: "cn-hangzhou",
      }),
    ).toEqual({
      ClientToken: "123e4567-e89b-12d3-a456-426655440000",
      "DestinationConfigurations.1.FromPort": "80",
      "DestinationConfigurations.1.Protocols.1": "TCP",
      "DestinationConfigurations.1.Protocols.2": "UDP",
      "DestinationConfigurations.1.ToPort": "81",
      EndpointGroupId: "epg-bp14sz7ftcwwjgrdm****",
      RegionId: "cn-hangzhou",
    });
  });

  it("handles Filter.N.Value.M, Tags.N.Key and scalar lists", () => {
    expect(
      flattenParams({
        Filter: [
          { Key: "Status", Value: ["Active", "Idle"] },
          { Key: "RouterId", Value: ["vrt-1"] },
        ],
        Tags: [{ Key: "k 1", Value: "v*1~" }],
        NetworkInterfaceIds: ["eni-1", "eni-2"],
      }),
    ).toEqual({
      "Filter.1.Key": "Status",
      "Filter.1.Value.1": "Active",
      "Filter.1.Value.2": "Idle",
      "Filter.2.Key": "RouterId",
      "Filter.2.Value.1": "vrt-1",
      "Tags.1.Key": "k 1",
      "Tags.1.Value": "v*1~",
      "NetworkInterfaceIds.1": "eni-1",
      "NetworkInterfaceIds.2": "eni-2",
    });
  });

  it("stringifies booleans and numbers, omits undefined, null and empty strings", () => {
    expect(
      flattenParams({
        DryRun: false,
        Priority: 1,
        Big: 10n,
        A: undefined,
        B: null,
        C: "",
        D: { E: null, F: true },
      }),
    ).toEqual({ DryRun: "false", Priority: "1", Big: "10", "D.F": "true" });
  });

  it("keeps the SDK's index for elements after an omitted one", () => {
    expect(flattenParams({ L: ["a", null, "b"] })).toEqual({ "L.1": "a", "L.3": "b" });
  });

  it("rejects values that have no wire form", () => {
    expect(() => flattenParams({ F: () => 1 })).toThrow(TypeError);
  });
});

describe("unflattenParams", () => {
  it("inverts flattenParams", () => {
    const input = {
      DestinationConfigurations: [
        { FromPort: "80", Protocols: ["TCP", "UDP"], ToPort: "81" },
        { FromPort: "90", Protocols: ["TCP"], ToPort: "99" },
      ],
      Filter: [{ Key: "Status", Value: ["Active"] }],
      RegionId: "cn-hangzhou",
    };
    expect(unflattenParams(flattenParams(input))).toEqual(input);
  });

  it("orders arrays by numeric index, not by key order", () => {
    expect(unflattenParams({ "L.10": "j", "L.2": "b", "L.1": "a" })).toEqual({ L: ["a", "b", "j"] });
    expect(unflattenParams({ "T.2.Key": "k2", "T.1.Value": "v1", "T.1.Key": "k1" })).toEqual({
      T: [{ Key: "k1", Value: "v1" }, { Key: "k2" }],
    });
  });

  it("treats mixed or zero-padded segments as object keys", () => {
    expect(unflattenParams({ "A.1": "x", "A.b": "y", "B.01": "z" })).toEqual({
      A: { "1": "x", b: "y" },
      B: { "01": "z" },
    });
  });

  it("lets the nested form win over a scalar of the same name", () => {
    expect(unflattenParams({ Foo: "1", "Foo.1": "2" })).toEqual({ Foo: ["2"] });
  });

  it("drops prototype-polluting and empty segments", () => {
    const out = unflattenParams({ "__proto__.x": "1", "a.constructor.y": "2", "b..c": "3", ok: "4" });
    expect(out).toEqual({ ok: "4" });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("without any nested name: the same rules (empty and prototype-polluting names dropped, order kept)", () => {
    const out = unflattenParams({ b: "1", "": "x", __proto__x: "2", constructor: "3", a: "4" });
    expect(out).toEqual({ b: "1", __proto__x: "2", a: "4" });
    expect(Object.keys(out)).toEqual(["b", "__proto__x", "a"]);
    expect(Object.getPrototypeOf(unflattenParams(JSON.parse('{"__proto__":"p"}')))).toBe(Object.prototype);
  });

  it("keeps numeric top-level keys as an object", () => {
    expect(unflattenParams({ "1": "a" })).toEqual({ "1": "a" });
  });
});
