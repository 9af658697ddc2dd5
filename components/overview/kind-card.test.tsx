// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import type { KindSummary } from "@/lib/overview/overview-types";
import { KindCard } from "./kind-card";

afterEach(cleanup);

const summary: KindSummary = {
  kind: "routerInterfaces",
  cloud: "aliyun",
  href: "/router-interfaces",
  lifecycle: "routerInterface",
  counts: { Active: 100, Idle: 3 },
  inFlight: [],
  unreadable: [
    { region: "cn-shanghai", code: "Forbidden.RAM", requestId: "REQ-OV-1" },
    { region: "cn-beijing", code: "MissingCredentials", requestId: "" },
  ],
  truncated: true,
};
const countOf = (status: string) =>
  document.querySelector(`[data-count-status="${status}"] .tabular-nums`)?.textContent;

it.each([
  [
    "en",
    "Could not read cn-shanghai: Forbidden.RAM, RequestId REQ-OV-1",
    "Could not read cn-beijing: MissingCredentials",
  ],
  [
    "zh-CN",
    "无法读取 cn-shanghai：Forbidden.RAM，请求 ID REQ-OV-1",
    "无法读取 cn-beijing：MissingCredentials",
  ],
] as const)(
  "%s: shows truncated counts as lower bounds, and a failed region's code and RequestId",
  (locale, cloud, config) => {
    renderInConsole(<KindCard summary={summary} />, locale);
    expect(countOf("Active")).toBe("≥ 100");
    expect(countOf("Idle")).toBe("≥ 3");
    const alerts = screen.getAllByRole("alert").map((a) => a.textContent);
    // A configuration failure sent nothing, so it has no RequestId to show.
    expect(alerts).toEqual([cloud, config]);
  },
);

it("shows exact counts when every list was read to its end", () => {
  renderInConsole(<KindCard summary={{ ...summary, truncated: false, unreadable: [] }} />);
  expect(countOf("Active")).toBe("100");
  expect(screen.queryByText(/lower bounds/)).toBeNull();
});

it("links each count to the list filtered to that status, across regions", () => {
  renderInConsole(<KindCard summary={{ ...summary, truncated: false, unreadable: [] }} />);
  // Its name starts with what it shows (WCAG 2.5.3, label in name), then says where it goes.
  const idle = screen.getByRole("link", { name: /^Idle.*3\s*— list these Router interfaces$/ });
  expect(idle.getAttribute("href")).toBe("/router-interfaces?region=all&status=Idle");
});
