// @vitest-environment jsdom
import { act, cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { cloudRefusal, renderInConsole, stubOperations } from "@/components/testing/console-harness";
import { connectRouterInterfaceMeta } from "@/lib/operations/vpc/connect-router-interface.meta";
import { describeRouterInterfaceAttributeMeta } from "@/lib/operations/vpc/describe-router-interface-attribute.meta";
import { describeRouterInterfacesMeta } from "@/lib/operations/vpc/describe-router-interfaces.meta";
import type { RouterInterface } from "@/lib/operations/vpc/router-interface";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { RouterInterfacesConsole } from "./router-interfaces-console";

const ready: RouterInterface = {
  RouterInterfaceId: "ri-hangzhou1",
  Role: "InitiatingSide",
  RouterId: "vrt-a",
  RouterType: "VRouter",
  Status: "Idle",
  Spec: "Small.1",
  OppositeInterfaceId: "ri-hangzhou2",
  OppositeRouterId: "vrt-b",
};
const BY_REGION: Record<string, RouterInterface[]> = {
  "cn-hangzhou": [ready],
  "cn-shanghai": [{ ...ready, RouterInterfaceId: "ri-shanghai1", OppositeInterfaceId: "ri-shanghai1-b" }],
};

// The lazily loaded table, pair view, panel and dialog, fetched once before the clock-sensitive assertions (on a
// busy machine, transforming one of them on first use outlasts a findBy's second).
beforeAll(
  () =>
    Promise.all([
      import("./router-interfaces-table"),
      import("./pair-view"),
      import("@/components/ui/error-panel"),
      import("@/components/ui/confirm-dialog"),
    ]),
  60_000,
);

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it("forgets a Connect made in one region once the operator switches region", async () => {
  // The cloud accepts the Connect but never starts on it: the pair stays Idle, so only "just connected" polls it.
  stubOperations(({ id, region, input }) => {
    if (id === connectRouterInterfaceMeta.id) return { result: {} };
    if (id === describeRouterInterfaceAttributeMeta.id)
      return { result: { ...ready, RouterInterfaceId: String(input.InstanceId) } };
    expect(id).toBe(describeRouterInterfacesMeta.id);
    const items = BY_REGION[region] ?? [];
    return {
      result: {
        RouterInterfaceSet: { RouterInterfaceType: items },
        TotalCount: items.length,
        PageNumber: 1,
        PageSize: 10,
      },
    };
  });
  const user = userEvent.setup();
  renderInConsole(<RouterInterfacesConsole />);
  const row = async (id: string) => within(await screen.findByRole("row", { name: new RegExp(id) }));

  await user.click((await row("ri-hangzhou1")).getByRole("button", { name: "Connect" }));
  // Connect changes the pair: it asks first, saying what will happen.
  const dialog = within(await screen.findByRole("alertdialog", { name: "Connect this router interface?" }));
  expect(dialog.getByText(/ri-hangzhou1 will start a connection to ri-hangzhou2/)).toBeTruthy();
  await user.click(dialog.getByRole("button", { name: "Connect" }));
  expect(await screen.findByTestId("toast")).toBeTruthy();
  expect((await screen.findByTestId("pair-view")).dataset.watching).toBe("true");

  const region = screen.getByRole("combobox", { name: "Region" });
  await user.selectOptions(region, "cn-shanghai");
  await row("ri-shanghai1");
  expect(screen.queryByTestId("pair-view")).toBeNull();

  await user.selectOptions(region, "cn-hangzhou");
  await user.click((await row("ri-hangzhou1")).getByRole("button", { name: "Show pair" }));
  expect((await screen.findByTestId("pair-view")).dataset.watching).toBe("false");
});

it("asks before Connect, sends nothing on Cancel, and names the interface when the cloud refuses it", async () => {
  const calls = stubOperations(({ id }) => {
    if (id === connectRouterInterfaceMeta.id)
      return cloudRefusal("IncorrectStatus.RouterInterface", "REQ-RI-1");
    return {
      result: {
        RouterInterfaceSet: { RouterInterfaceType: [ready] },
        TotalCount: 1,
        PageNumber: 1,
        PageSize: 10,
      },
    };
  });
  const user = userEvent.setup();
  renderInConsole(<RouterInterfacesConsole />);
  const row = within(await screen.findByRole("row", { name: /ri-hangzhou1/ }));

  await user.click(row.getByRole("button", { name: "Connect" }));
  await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Cancel" }));
  expect(calls.filter((c) => c.id === connectRouterInterfaceMeta.id)).toHaveLength(0);

  await user.click(row.getByRole("button", { name: "Connect" }));
  await user.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Connect" }));
  const panel = await screen.findByTestId("error-panel");
  expect(within(panel).getByTestId("error-title").textContent).toContain(
    "Connecting ri-hangzhou1 to ri-hangzhou2 failed",
  );
  expect(calls.filter((c) => c.id === connectRouterInterfaceMeta.id)).toHaveLength(1);
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
