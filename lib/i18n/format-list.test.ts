import { describe, expect, it } from "vitest";
import { formatList } from "./format-list";

describe("lists in running text", () => {
  it.each([
    ["en", "tms-1, tms-2, and tms-3", "tms-1, tms-2, tms-3"],
    ["zh-CN", "tms-1、tms-2和tms-3", "tms-1、tms-2、tms-3"],
  ] as const)("%s: the language's separators, with and without a closing 'and'", (locale, whole, series) => {
    const ids = ["tms-1", "tms-2", "tms-3"];
    expect(formatList(ids, locale)).toBe(whole);
    expect(formatList(ids, locale, { withAnd: false })).toBe(series);
  });

  it.each([
    ["en", "a and b"],
    ["zh-CN", "a和b"],
  ] as const)("%s: two items, and one alone", (locale, two) => {
    expect(formatList(["a", "b"], locale)).toBe(two);
    expect(formatList(["a"], locale)).toBe("a");
  });
});
