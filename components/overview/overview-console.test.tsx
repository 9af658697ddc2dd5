// @vitest-environment jsdom
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { focusManager } from "@tanstack/react-query";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import { OVERVIEW_REFRESH_MS } from "@/lib/data/overview/overview-refresh";
import type { Overview } from "@/lib/overview/overview-types";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { OverviewConsole } from "./overview-console";

beforeAll(() => import("@/components/ui/error-panel"), 60_000);

afterEach(() => {
  cleanup();
  focusManager.setFocused(undefined);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it("says the overview could not be loaded and why, in the reader's language, and loads it on Retry", async () => {
  const empty: Overview = { generatedAt: new Date(0).toISOString(), kinds: [], failures: [] };
  let reachable = false;
  vi.stubGlobal("fetch", async () => {
    if (!reachable) throw new TypeError("Failed to fetch");
    return Response.json(empty);
  });
  renderInConsole(<OverviewConsole />, "zh-CN");

  // An unreachable server is worth two more tries (backing off): the panel shows once they are spent.
  const panel = await screen.findByTestId("error-panel", {}, { timeout: 15_000 });
  expect(panel.textContent).toContain("无法加载概览。");
  expect(panel.textContent).toContain("无法连接控制台服务器");
  expect(within(panel).getByTestId("error-code").textContent).toBe("NetworkError");
  reachable = true;
  await userEvent.setup().click(within(panel).getByRole("button", { name: "重试" }));
  expect(await screen.findByText("当前没有进行中的操作。")).toBeTruthy();
}, 30_000);

it("stops watching at the poll limit when a resource stays in flight, then refreshes once a minute", async () => {
  vi.useFakeTimers();
  const stuck: Overview = {
    generatedAt: new Date(0).toISOString(),
    kinds: [
      {
        kind: "routerInterfaces",
        cloud: "aliyun",
        href: "/router-interfaces",
        lifecycle: "routerInterface",
        counts: { Connecting: 1 },
        inFlight: [{ id: "ri-stuck", status: "Connecting", region: "cn-hangzhou" }],
        unreadable: [],
      },
    ],
    failures: [],
  };
  let reads = 0;
  let answer = stuck;
  vi.stubGlobal("fetch", async () => (reads++, Response.json(answer)));
  const { client } = renderInConsole(<OverviewConsole />);
  // The first read, then MAX_POLLS polls at the console's cadence (1 s for 10 s, backing off to 10 s): ~3 minutes.
  await act(() => vi.advanceTimersByTimeAsync(3.5 * 60_000));
  expect(reads).toBe(MAX_POLLS + 1);
  // From then on, the overview's own slow refresh: one read a minute.
  await act(() => vi.advanceTimersByTimeAsync(10 * OVERVIEW_REFRESH_MS));
  expect(reads).toBe(MAX_POLLS + 11);

  // Another resource starts moving (an operator's change refreshed the overview): it is watched, the stuck one
  // notwithstanding.
  const [kind] = stuck.kinds;
  answer = {
    ...stuck,
    kinds: [
      {
        ...kind!,
        inFlight: [...kind!.inFlight, { id: "ri-new", status: "Connecting", region: "cn-hangzhou" }],
      },
    ],
  };
  await act(() => client.invalidateQueries({ queryKey: ["overview"] }));
  await act(() => vi.advanceTimersByTimeAsync(10_000));
  expect(reads).toBeGreaterThan(MAX_POLLS + 3);
});

it("reads nothing while hidden, and reads at once on becoming visible after a minute or more", async () => {
  vi.useFakeTimers();
  const idle: Overview = { generatedAt: new Date(0).toISOString(), kinds: [], failures: [] };
  let reads = 0;
  vi.stubGlobal("fetch", async () => (reads++, Response.json(idle)));
  renderInConsole(<OverviewConsole />);
  await act(() => vi.advanceTimersByTimeAsync(1_000));
  expect(reads).toBe(1);

  act(() => focusManager.setFocused(false));
  await act(() => vi.advanceTimersByTimeAsync(30 * OVERVIEW_REFRESH_MS));
  expect(reads).toBe(1);

  act(() => focusManager.setFocused(true));
  await act(() => vi.advanceTimersByTimeAsync(100));
  expect(reads).toBe(2);
  // Visible and idle: the next read a minute later, not sooner.
  await act(() => vi.advanceTimersByTimeAsync(OVERVIEW_REFRESH_MS - 1_000));
  expect(reads).toBe(2);
  await act(() => vi.advanceTimersByTimeAsync(2_000));
  expect(reads).toBe(3);
});
