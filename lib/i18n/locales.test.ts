import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "./locales";

describe("the request's language", () => {
  it("follows the operator's choice in the cookie over the browser's languages", () => {
    expect(resolveLocale("en", "zh-CN,zh;q=0.9")).toBe("en");
    expect(resolveLocale("zh-CN", "en-US")).toBe("zh-CN");
  });

  it("follows a Chinese browser on a first visit, without a cookie", () => {
    expect(resolveLocale(undefined, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(resolveLocale(undefined, "zh")).toBe("zh-CN");
    expect(resolveLocale("fr", "zh-TW,zh;q=0.9")).toBe("zh-CN");
  });

  it("ranks by q-value, then by order, and skips languages the console does not have", () => {
    expect(localeFromAcceptLanguage("fr-FR,en;q=0.5,zh;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("de, en-GB;q=0.9, zh-CN;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("zh;q=0, en")).toBe("en");
  });

  it("falls back to English when nothing matches or there is no header", () => {
    expect(resolveLocale(undefined, "fr-FR,de;q=0.9")).toBe("en");
    expect(resolveLocale(undefined, null)).toBe("en");
    expect(resolveLocale(undefined, "*")).toBe("en");
  });
});
