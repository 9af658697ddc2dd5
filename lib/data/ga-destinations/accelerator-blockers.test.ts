import { describe, expect, it } from "vitest";
import type { OperationDef } from "@/lib/operations/types";
import { readBlockers, type RunQuery } from "./accelerator-blockers";

const group = (id: string, State: string) => ({ EndpointGroupId: id, Name: `name-${id}`, State });

/** A fake cloud: one accelerator in `state`, its groups served `pageSize` at a time. */
function fakeRun(
  state: string | null,
  groups: { EndpointGroupId: string; State: string }[],
  pageSize = 50,
  listeners: { ListenerId: string; Name: string; State: string }[] = [],
) {
  const calls: { action: string; input: Record<string, unknown> }[] = [];
  const run = (async (op: OperationDef, input: Record<string, unknown>) => {
    calls.push({ action: op.action, input });
    if (op.action === "ListListeners") {
      const Listeners = listeners;
      return { Listeners, PageNumber: 1, PageSize: 50, TotalCount: Listeners.length };
    }
    if (op.action === "ListAccelerators") {
      const Accelerators = state === null ? [] : [{ AcceleratorId: "ga-1", Name: "web", State: state }];
      return { Accelerators, PageNumber: 1, PageSize: 10, TotalCount: Accelerators.length };
    }
    const page = Number(input.PageNumber);
    const EndpointGroups = groups.slice((page - 1) * pageSize, page * pageSize);
    return { EndpointGroups, PageNumber: page, PageSize: pageSize, TotalCount: groups.length };
  }) as RunQuery;
  return { run, calls };
}

const signal = new AbortController().signal;

describe("readBlockers", () => {
  it("is empty when the accelerator and every group are active", async () => {
    const { run, calls } = fakeRun("active", [group("epg-1", "active"), group("epg-2", "active")]);
    expect(await readBlockers(run, "ga-1", signal)).toEqual([]);
    expect(calls.map((c) => `${c.action} ${c.input.AcceleratorId}`).sort()).toEqual([
      "ListAccelerators ga-1",
      "ListCustomRoutingEndpointGroups ga-1",
      "ListListeners ga-1",
    ]);
  });

  it("names every group of the accelerator that is not settled, on every page", async () => {
    const groups = [
      group("epg-1", "active"),
      group("epg-2", "updating"),
      group("epg-3", "init"),
      group("epg-4", "deleting"),
    ];
    const { run, calls } = fakeRun("active", groups, 2);
    expect(await readBlockers(run, "ga-1", signal)).toEqual([
      { kind: "endpoint-group", id: "epg-2", name: "name-epg-2", state: "updating" },
      { kind: "endpoint-group", id: "epg-3", name: "name-epg-3", state: "init" },
      { kind: "endpoint-group", id: "epg-4", name: "name-epg-4", state: "deleting" },
    ]);
    expect(
      calls.filter((c) => c.action === "ListCustomRoutingEndpointGroups").map((c) => c.input.PageNumber),
    ).toEqual([1, 2]);
  });

  it("waits for an accelerator that is configuring, but not for one that is locked or gone", async () => {
    expect(await readBlockers(fakeRun("configuring", []).run, "ga-1", signal)).toEqual([
      { kind: "accelerator", id: "ga-1", name: "web", state: "configuring" },
    ]);
    expect(await readBlockers(fakeRun("finacialLocked", []).run, "ga-1", signal)).toEqual([]);
    expect(await readBlockers(fakeRun(null, []).run, "ga-1", signal)).toEqual([]);
  });

  it("waits for a listener of the accelerator that is being updated", async () => {
    const listeners = [
      { ListenerId: "lsr-1", Name: "a", State: "active" },
      { ListenerId: "lsr-2", Name: "b", State: "updating" },
    ];
    expect(await readBlockers(fakeRun("active", [], 50, listeners).run, "ga-1", signal)).toEqual([
      { kind: "listener", id: "lsr-2", name: "b", state: "updating" },
    ]);
  });
});
