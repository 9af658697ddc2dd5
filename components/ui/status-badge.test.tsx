// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { DICTIONARIES } from "@/lib/i18n/catalog";
import { I18nProvider } from "@/lib/i18n/i18n-provider";
import { StatusBadge } from "./status-badge";

afterEach(cleanup);

const inEnglish = (ui: ReactNode) => (
  <I18nProvider locale="en" dictionary={DICTIONARIES.en}>
    {ui}
  </I18nProvider>
);
const inChinese = (ui: ReactNode) => (
  <I18nProvider locale="zh-CN" dictionary={DICTIONARIES["zh-CN"]}>
    {ui}
  </I18nProvider>
);
const badge = () => document.querySelector<HTMLElement>("[data-status]")!;

describe("StatusBadge", () => {
  it("shows the status word, an icon and the tone in words — and a settled badge is no live region", () => {
    render(inEnglish(<StatusBadge status="Active" tone="ok" />));
    expect(badge().textContent).toBe("✓Active (settled)");
    expect(badge().querySelector('[aria-hidden="true"]')?.textContent).toBe("✓");
    expect(badge().getAttribute("aria-live")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
    expect(badge().getAttribute("title")).toBeNull();
  });

  it("reads in Chinese, with the cloud's own word beside it and as the tooltip, never spoken twice", () => {
    render(inChinese(<StatusBadge status="Active" tone="ok" />));
    expect(badge().textContent).toBe("✓已激活Active (正常)");
    expect(badge().getAttribute("title")).toBe("Active");
    expect(badge().getAttribute("data-status")).toBe("Active");
    expect(badge().querySelector("[data-raw-status]")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("translates GA's lower-case states and keeps an unknown status as the cloud sent it", () => {
    const { rerender } = render(inChinese(<StatusBadge status="finacialLocked" tone="failed" />));
    expect(badge().textContent).toBe("✕欠费锁定finacialLocked (失败)");
    rerender(inChinese(<StatusBadge status="Frobnicating" tone="neutral" />));
    expect(badge().textContent).toBe("○Frobnicating (空闲)");
    expect(badge().querySelector("[data-raw-status]")).toBeNull();
  });

  it("a table of settled badges announces nothing when it re-renders with other statuses", () => {
    const { rerender } = render(inEnglish(<StatusBadge status="Idle" tone="neutral" />));
    rerender(inEnglish(<StatusBadge status="Active" tone="ok" />));
    expect(badge().getAttribute("aria-live")).toBeNull();
  });

  it("is live while in transition and stays live, so the change that settles it is announced", () => {
    const { rerender } = render(inEnglish(<StatusBadge status="Registering" tone="pending" />));
    expect(badge().getAttribute("aria-live")).toBe("polite");
    expect(badge().getAttribute("aria-atomic")).toBe("true");
    rerender(inEnglish(<StatusBadge status="Registered" tone="ok" />));
    expect(badge().getAttribute("aria-live")).toBe("polite");
    expect(badge().textContent).toBe("✓Registered (settled)");
  });

  it("is live when the caller watches it, before any transition shows", () => {
    const { rerender } = render(inEnglish(<StatusBadge status="Idle" tone="neutral" watched={false} />));
    expect(badge().getAttribute("aria-live")).toBeNull();
    rerender(inEnglish(<StatusBadge status="Idle" tone="neutral" watched />));
    expect(badge().getAttribute("aria-live")).toBe("polite");
  });
});
