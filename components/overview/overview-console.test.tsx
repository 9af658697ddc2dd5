// @vitest-environment jsdom
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import type { Overview } from "@/lib/overview/overview-types";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { OverviewConsole } from "./overview-console";

// AppLink navigates through Next's app router, which a component test does not mount.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), prefetch: vi.fn() }) }));

beforeAll(() => import("@/components/ui/error-panel"), 60_000);

afterEach(() => {
  cleanup();
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

it("stops polling after the console's poll limit when a resource stays in flight", async () => {
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
  await act(() => vi.advanceTimersByTimeAsync(2 * 60 * 60_000));
  // The first read, then MAX_POLLS polls backing off from ~1 s to 10 s.
  expect(reads).toBe(MAX_POLLS + 1);

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
