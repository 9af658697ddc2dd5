import { describe, expect, it } from "vitest";
import { defineMessages } from "./define-messages";

describe("defineMessages", () => {
  it("returns a catalog whose languages share the same keys", () => {
    const area = defineMessages({ en: { "x.a": "A", "x.b": "B" }, "zh-CN": { "x.a": "甲", "x.b": "乙" } });
    expect(area["zh-CN"]["x.b"]).toBe("乙");
  });

  it("rejects a zh-CN catalog that lacks an English key, at compile time and at run time", () => {
    expect(() =>
      // @ts-expect-error -- zh-CN is missing "x.b"; tsc fails here if the type stops catching it
      defineMessages({ en: { "x.a": "A", "x.b": "B" }, "zh-CN": { "x.a": "甲" } }),
    ).toThrow(/missing: x\.b; extra: none/);
  });

  it("rejects a zh-CN catalog with a key English does not have, at compile time and at run time", () => {
    expect(() =>
      defineMessages({
        en: { "x.a": "A" },
        // @ts-expect-error -- "x.c" is not an English key
        "zh-CN": { "x.a": "甲", "x.c": "丙" },
      }),
    ).toThrow(/missing: none; extra: x\.c/);
  });
});
