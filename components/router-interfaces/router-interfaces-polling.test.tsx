// @vitest-environment jsdom
import { act, cleanup } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { renderInConsole, stubOperations } from "@/components/testing/console-harness";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { RouterInterfacesConsole } from "./router-interfaces-console";

// Its own file (own module registry): counted with fake timers from the first render, while the list's table chunk
// has not been loaded by another test — React's lazy retry then never spins the fake clock.
const ready: RouterInterface = {
  RouterInterfaceId: "ri-a",
  Role: "InitiatingSide",
  RouterId: "vrt-a",
  RouterType: "VRouter",
  Status: "Idle",
  Spec: "Small.1",
  OppositeInterfaceId: "ri-b",
  OppositeRouterId: "vrt-b",
};

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it("stops re-reading the list after the console's poll limit when an interface never settles", async () => {
  vi.useFakeTimers();
  const stuck = { ...ready, Status: "Connecting" as const };
  const calls = stubOperations(() => ({
    result: {
      RouterInterfaceSet: { RouterInterfaceType: [stuck] },
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
    },
  }));
  renderInConsole(<RouterInterfacesConsole />);
  await act(() => vi.advanceTimersByTimeAsync(2 * 60 * 60_000));
  // The first read, then MAX_POLLS polls backing off from ~1 s to 10 s.
  expect(calls.filter((c) => c.id === describeRouterInterfacesMeta.id)).toHaveLength(MAX_POLLS + 1);
});
