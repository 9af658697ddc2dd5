// @vitest-environment jsdom
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DICTIONARIES } from "@/lib/i18n/catalog";
import { I18nProvider } from "@/lib/i18n/i18n-provider";
import type { Locale } from "@/lib/i18n/locales";
import { RelativeTime } from "./relative-time";

const NOW = Date.UTC(2026, 11, 7, 13, 5, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const renderIn = (locale: Locale, at: number | string) =>
  render(
    <I18nProvider locale={locale} dictionary={DICTIONARIES[locale]}>
      <RelativeTime at={at} />
    </I18nProvider>,
  );

describe("RelativeTime", () => {
  it("says how long ago in the console's language, with the exact time for hover and machines", () => {
    renderIn("zh-CN", NOW - 2 * 60_000);
    const time = document.querySelector("time")!;
    expect(time.textContent).toBe("2分钟前");
    expect(time.getAttribute("dateTime")).toBe("2026-12-07T13:03:00.000Z");
    expect(time.getAttribute("title")).toMatch(/^2026\/12\/07 \d\d:03:00$/);
  });

  it("keeps counting while the page stays open", () => {
    renderIn("en", new Date(NOW - 60_000).toISOString());
    expect(document.querySelector("time")!.textContent).toBe("1 minute ago");
    act(() => vi.advanceTimersByTime(60_000));
    expect(document.querySelector("time")!.textContent).toBe("2 minutes ago");
  });
});
