import { describe, expect, it } from "vitest";
import { resolveTheme, THEME_CLASS } from "./theme";

describe("the theme of a request", () => {
  it("is the operator's choice from the cookie", () => {
    expect(resolveTheme("dark")).toBe("dark");
    expect(resolveTheme("light")).toBe("light");
  });

  it("follows the system until the operator chooses (no cookie, or one the console never wrote)", () => {
    expect(resolveTheme(undefined)).toBe("system");
    expect(resolveTheme("purple")).toBe("system");
    // The class app/globals.css turns into prefers-color-scheme; a chosen light theme needs no class at all.
    expect(THEME_CLASS.system).toBe("theme-system");
    expect(THEME_CLASS.light).toBeUndefined();
  });
});
