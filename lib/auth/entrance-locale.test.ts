import { describe, expect, it } from "vitest";
import { requestLocale } from "./entrance";

// The language of the API's own answers (refusals, guard messages) follows the same rule as the pages.
describe("the language of a request", () => {
  it("is Chinese for a Chinese browser that never chose a language", () => {
    expect(requestLocale(new Headers({ "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" }))).toBe("zh-CN");
  });

  it("is the operator's choice when the cookie says one, whatever the browser prefers", () => {
    expect(requestLocale(new Headers({ cookie: "a=1; locale=en", "accept-language": "zh-CN" }))).toBe("en");
  });

  it("is English with neither", () => {
    expect(requestLocale(new Headers())).toBe("en");
  });
});
