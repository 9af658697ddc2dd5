// @vitest-environment jsdom
import { cleanup, screen } from "@testing-library/react";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { renderInConsole, stubOperations } from "@/components/testing/console-harness";
import { MAX_SESSION_PAGES } from "@/lib/data/mirror-sessions/sessions-data";
import { describeTrafficMirrorSessionsMeta } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions.meta";
import { MirrorSessionsConsole } from "./mirror-sessions-console";

// The lazily loaded table and form, fetched once before the assertions (their first transform can be slow).
beforeAll(() => Promise.all([import("./sessions-table"), import("./create-session-form")]), 60_000);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A region whose list never ends: every page of sessions names a next one. */
function endlessRegion() {
  let page = 0;
  return stubOperations(({ id }) => {
    if (id !== describeTrafficMirrorSessionsMeta.id)
      return { result: { NetworkInterfaceSets: [], TrafficMirrorTargets: [], TrafficMirrorFilters: [] } };
    page += 1;
    const session = {
      TrafficMirrorSessionId: `tms-${String(page).padStart(8, "0")}`,
      TrafficMirrorSessionName: `s${page}`,
      Priority: page,
      Status: "Available",
      TrafficMirrorSourceIds: [`eni-${page}`],
      TrafficMirrorTargetId: "tmt-1",
      TrafficMirrorFilterId: "tmf-1",
    };
    return { result: { TrafficMirrorSessions: [session], NextToken: `t${page}` } };
  });
}

it("a list cut off at the console's page bound says 'at least', never an exact count", async () => {
  const calls = endlessRegion();
  renderInConsole(<MirrorSessionsConsole />, "en", "?region=cn-beijing");
  expect(
    await screen.findByText(/^Showing the first \d+ sessions only/, {}, { timeout: 20_000 }),
  ).toBeTruthy();
  expect(screen.getByRole("heading", { name: /Sessions|list/i, level: 2 }).textContent).toContain(
    `at least ${MAX_SESSION_PAGES} in cn-beijing`,
  );
  expect(calls.filter((c) => c.id === describeTrafficMirrorSessionsMeta.id)).toHaveLength(MAX_SESSION_PAGES);
}, 30_000);
