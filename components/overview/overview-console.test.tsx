// @vitest-environment jsdom
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { focusManager } from "@tanstack/react-query";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { renderInConsole } from "@/components/testing/console-harness";
import type { OperationFeed, OperationSummary } from "@/lib/audit/audit-types";
import { FEED_POLL_MS, OVERVIEW_REFRESH_MS } from "@/lib/data/overview/overview-refresh";
import { OVERVIEW_KINDS } from "@/lib/overview/overview-kinds";
import type { Overview, ResourceKind } from "@/lib/overview/overview-types";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { OverviewConsole } from "./overview-console";

beforeAll(() => import("@/components/ui/error-panel"), 60_000);

/**
 * A console server for the overview: `overview()` answers GET /api/overview?kinds=<kind> with that kind's part
 * (reads counted per kind in `reads.kinds`, all of them in `reads.overview`); the operations feed answers from
 * `history` (counted in `reads.feed`), listing with `?since=` the operations that started or ended after it.
 */
function serveOverview(overview: () => Overview) {
  const reads = { overview: 0, feed: 0, kinds: {} as Partial<Record<ResourceKind, number>> };
  const history = { open: 0, changedAt: 0, operations: [] as OperationSummary[] };
  vi.stubGlobal("fetch", async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), "http://console.test");
    if (url.pathname === "/api/operations-history") {
      reads.feed++;
      const since = url.searchParams.get("since");
      const { open, changedAt } = history;
      const operations =
        since === null
          ? undefined
          : history.operations.filter((o) => Math.max(o.submittedAt, o.closedAt ?? 0) > Number(since));
      return Response.json({ now: Date.now(), open, changedAt, operations } satisfies OperationFeed);
    }
    reads.overview++;
    const kind = url.searchParams.get("kinds") as ResourceKind;
    reads.kinds[kind] = (reads.kinds[kind] ?? 0) + 1;
    const all = overview();
    return Response.json({ ...all, kinds: all.kinds.filter((k) => k.kind === kind) });
  });
  return { reads, history };
}

/** An operation as the feed lists it. */
function operation(kind: string, state: OperationSummary["state"], at: number): OperationSummary {
  return {
    id: `op-${kind}`,
    action: "test",
    cloud: "volcengine",
    region: "cn-beijing",
    actor: "other@example.com",
    kind,
    resources: ["r-1"],
    state,
    submittedAt: at,
    closedAt: state === "open" ? null : at,
    closeReason: null,
  };
}

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

it("stops watching at the poll limit when a resource stays in flight, then refreshes on the slow schedule", async () => {
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
  let answer = stuck;
  const { reads } = serveOverview(() => answer);
  const { client } = renderInConsole(<OverviewConsole />);
  // The first read, then MAX_POLLS polls at the console's cadence (1 s for 10 s, backing off to 10 s): ~3 minutes.
  // Only the kind in flight is watched; the others were read once.
  await act(() => vi.advanceTimersByTimeAsync(3.5 * 60_000));
  expect(reads.kinds.routerInterfaces).toBe(MAX_POLLS + 1);
  expect(reads.overview).toBe(MAX_POLLS + OVERVIEW_KINDS.length);
  // From then on, with nothing new in the operation history, only the slow refresh reads the clouds.
  await act(() => vi.advanceTimersByTimeAsync(10 * OVERVIEW_REFRESH_MS));
  expect(reads.kinds.routerInterfaces).toBe(MAX_POLLS + 11);
  expect(reads.kinds.mirrorSessions).toBe(11);

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
  expect(reads.kinds.routerInterfaces).toBeGreaterThan(MAX_POLLS + 13);
});

it("reads nothing while hidden, and on becoming visible reads the history at once and the clouds if stale", async () => {
  vi.useFakeTimers();
  const idle: Overview = { generatedAt: new Date(0).toISOString(), kinds: [], failures: [] };
  const { reads } = serveOverview(() => idle);
  renderInConsole(<OverviewConsole />);
  const kinds = OVERVIEW_KINDS.length;
  await act(() => vi.advanceTimersByTimeAsync(1_000));
  expect(reads).toMatchObject({ overview: kinds, feed: 1 });

  act(() => focusManager.setFocused(false));
  await act(() => vi.advanceTimersByTimeAsync(30 * OVERVIEW_REFRESH_MS));
  expect(reads).toMatchObject({ overview: kinds, feed: 1 });

  act(() => focusManager.setFocused(true));
  await act(() => vi.advanceTimersByTimeAsync(100));
  expect(reads).toMatchObject({ overview: 2 * kinds, feed: 2 });
  // Visible and idle: the history every FEED_POLL_MS, the clouds only after the slow period.
  await act(() => vi.advanceTimersByTimeAsync(OVERVIEW_REFRESH_MS - 1_000));
  expect(reads.overview).toBe(2 * kinds);
  expect(reads.feed).toBe(2 + Math.floor((OVERVIEW_REFRESH_MS - 1_000) / FEED_POLL_MS));
  await act(() => vi.advanceTimersByTimeAsync(2_000));
  expect(reads.overview).toBe(3 * kinds);
});

it("reads a kind's clouds again when the history says its operation started or ended elsewhere, and only then", async () => {
  vi.useFakeTimers();
  const idle: Overview = { generatedAt: new Date(0).toISOString(), kinds: [], failures: [] };
  const { reads, history } = serveOverview(() => idle);
  renderInConsole(<OverviewConsole />);
  await act(() => vi.advanceTimersByTimeAsync(5 * FEED_POLL_MS));
  expect(reads.overview).toBe(OVERVIEW_KINDS.length);
  expect(reads.feed).toBe(6);

  // Another operator starts a mirror-session operation: the next feed read notices, and the overview reads the
  // mirror sessions' lists once — no other kind's.
  history.operations = [operation("mirrorSession", "open", Date.now())];
  await act(() => vi.advanceTimersByTimeAsync(FEED_POLL_MS + 500));
  expect(reads.kinds).toMatchObject({ mirrorSessions: 2, routerInterfaces: 1, multicastSources: 1 });
  // Listed again by the overlapping reads that follow, it is not news any more.
  await act(() => vi.advanceTimersByTimeAsync(3 * FEED_POLL_MS));
  expect(reads.kinds.mirrorSessions).toBe(2);

  // It settles: noticed again; a router-interface operation that started meanwhile too.
  history.operations = [
    operation("mirrorSession", "settled", Date.now()),
    operation("routerInterface", "open", Date.now()),
  ];
  await act(() => vi.advanceTimersByTimeAsync(FEED_POLL_MS + 500));
  expect(reads.kinds).toMatchObject({ mirrorSessions: 3, routerInterfaces: 2, multicastSources: 1 });
  expect(reads.overview).toBe(OVERVIEW_KINDS.length + 3);
});
