// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  cloudRefusal,
  renderInConsole,
  stubOperations,
  type OperationCall,
} from "@/components/testing/console-harness";
import { describeRouterInterfaceAttributeMeta } from "@/lib/operations/vpc/describe-router-interface-attribute.meta";
import type { RouterInterface, RouterInterfaceStatus } from "@/lib/operations/vpc/router-interface";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { PairView } from "./pair-view";

const initiator: RouterInterface = {
  RouterInterfaceId: "ri-a",
  Role: "InitiatingSide",
  RouterId: "vrt-a",
  RouterType: "VRouter",
  Status: "Idle",
  Spec: "Small.1",
  OppositeInterfaceId: "ri-b",
  OppositeRouterId: "vrt-b",
  OppositeRegionId: "cn-shanghai",
};

/** Each interface answers the statuses of its script read after read, then repeats the last one. */
function script(statuses: Record<string, RouterInterfaceStatus[]>): OperationCall[] {
  const reads: Record<string, number> = {};
  return stubOperations(({ id, input }) => {
    expect(id).toBe(describeRouterInterfaceAttributeMeta.id);
    const ri = String(input.InstanceId);
    const n = (reads[ri] = (reads[ri] ?? 0) + 1);
    const list = statuses[ri]!;
    return { result: { ...initiator, RouterInterfaceId: ri, Status: list[Math.min(n, list.length) - 1] } };
  });
}

const readsOf = (calls: OperationCall[], id: string) => calls.filter((c) => c.input.InstanceId === id).length;
const pair = () => screen.getByTestId("pair-view");
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("PairView polling", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it("reads both sides, each in its own region, until both are settled — then stops", async () => {
    const calls = script({
      "ri-a": ["Connecting", "Active"],
      "ri-b": [
        "AcceptingConnecting",
        "AcceptingConnecting",
        "AcceptingConnecting",
        "AcceptingConnecting",
        "Active",
      ],
    });
    renderInConsole(<PairView ri={initiator} region="cn-hangzhou" awaitActive={false} />);
    await wait(60_000);

    expect(calls.find((c) => c.input.InstanceId === "ri-a")?.region).toBe("cn-hangzhou");
    expect(calls.find((c) => c.input.InstanceId === "ri-b")?.region).toBe("cn-shanghai");
    // ri-a was Active on its second read but kept being read while its opposite side still moved.
    expect(readsOf(calls, "ri-b")).toBe(5);
    expect(readsOf(calls, "ri-a")).toBeGreaterThanOrEqual(4);
    expect(pair().dataset.watching).toBe("false");
    const settled = calls.length;
    await wait(30 * 60_000);
    expect(calls.length).toBe(settled);
  });

  it("gives up after the console's poll limit when a side never settles", async () => {
    const calls = script({ "ri-a": ["Connecting"] });
    const alone = { ...initiator, OppositeInterfaceId: undefined };
    renderInConsole(<PairView ri={alone} region="cn-hangzhou" awaitActive={false} />);
    await wait(2 * 60 * 60_000);
    // The first read, then MAX_POLLS polls backing off from ~1 s to 10 s.
    expect(readsOf(calls, "ri-a")).toBe(MAX_POLLS + 1);
    // Nobody reads it any more, so it is not shown as watched; the operator is told and can look again.
    expect(pair().dataset.watching).toBe("false");
    expect(screen.getByTestId("pair-stopped").textContent).toContain(`${MAX_POLLS} reads`);
    act(() => fireEvent.click(screen.getByRole("button", { name: "Check again" })));
    await wait(5_000);
    expect(readsOf(calls, "ri-a")).toBeGreaterThan(MAX_POLLS + 2);
    expect(pair().dataset.watching).toBe("true");
    expect(screen.queryByTestId("pair-stopped")).toBeNull();
  });

  it("right after Connect, keeps reading sides that still say Idle until the cloud starts, then until Active", async () => {
    const calls = script({
      "ri-a": ["Idle", "Idle", "Connecting", "Connecting", "Active"],
      "ri-b": ["Idle", "Idle", "AcceptingConnecting", "Active"],
    });
    renderInConsole(<PairView ri={initiator} region="cn-hangzhou" awaitActive />);
    await wait(500);
    expect(pair().dataset.watching).toBe("true");
    await wait(60_000);
    expect(readsOf(calls, "ri-a")).toBe(5);
    expect(pair().dataset.watching).toBe("false");
    const settled = calls.length;
    await wait(30 * 60_000);
    expect(calls.length).toBe(settled);
  });

  it("does not poll a settled pair that nobody connected", async () => {
    const calls = script({ "ri-a": ["Idle"], "ri-b": ["Idle"] });
    renderInConsole(<PairView ri={initiator} region="cn-hangzhou" awaitActive={false} />);
    await wait(60_000);
    expect(calls).toHaveLength(2);
  });
});

describe("PairView failures", () => {
  beforeAll(() => import("@/components/ui/error-panel"), 60_000);

  it("shows why a side could not be read — code, RequestId, explanation — and reads it again on Retry", async () => {
    let failing = true;
    stubOperations(({ input }) =>
      input.InstanceId === "ri-b" && failing
        ? cloudRefusal("Forbidden.RAM", "REQ-SIDE-B", 403)
        : { result: { ...initiator, RouterInterfaceId: String(input.InstanceId) } },
    );
    renderInConsole(<PairView ri={initiator} region="cn-hangzhou" awaitActive={false} />, "zh-CN");

    const panel = await screen.findByTestId("error-panel");
    expect(panel.textContent).toContain("无法读取地域 cn-shanghai 中的 ri-b。");
    expect(panel.textContent).toContain("RAM 用户无权调用该 API。");
    expect(screen.getByTestId("error-code").textContent).toBe("Forbidden.RAM");
    expect(screen.getByTestId("error-request-id").textContent).toBe("REQ-SIDE-B");
    failing = false;
    await userEvent.setup().click(screen.getByRole("button", { name: "重试" }));
    expect(await screen.findAllByText("Idle")).toHaveLength(2);
    expect(screen.queryByTestId("error-panel")).toBeNull();
  });
});

describe("PairView in 简体中文", () => {
  it("shows each side's status in Chinese with the raw value, and its spec with the bandwidth it stands for", async () => {
    stubOperations(({ input }) => ({
      result: {
        ...initiator,
        RouterInterfaceId: String(input.InstanceId),
        Status: "Active",
        Spec: "Large.1",
        Bandwidth: 1000,
      },
    }));
    renderInConsole(<PairView ri={initiator} region="cn-hangzhou" awaitActive={false} />, "zh-CN");
    const side = pair().querySelector<HTMLElement>('[data-side="ri-a"]')!;
    await vi.waitFor(() =>
      expect(side.querySelector("[data-status]")?.textContent).toContain("已激活Active"),
    );
    expect(side.textContent).toContain("发起端 · Large.1（1,000 Mbps） · cn-hangzhou");
  });
});
