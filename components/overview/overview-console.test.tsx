// @vitest-environment jsdom
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import type { Overview } from "@/lib/overview/overview-types";
import { OverviewConsole } from "./overview-console";

beforeAll(() => import("@/components/ui/error-panel"), 60_000);

afterEach(() => {
  cleanup();
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
