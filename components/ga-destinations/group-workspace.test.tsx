// @vitest-environment jsdom
import { act, cleanup } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { renderInConsole, stubOperations } from "@/components/testing/console-harness";
import { describeCustomRoutingEndpointGroupMeta } from "@/lib/operations/ga/describe-custom-routing-endpoint-group.meta";
import { listCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-group-destinations.meta";
import { listCustomRoutingPortMappingsMeta } from "@/lib/operations/ga/list-custom-routing-port-mappings.meta";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { GroupWorkspace } from "./group-workspace";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

it("stops polling the endpoint group's state after the console's poll limit when it never settles", async () => {
  vi.useFakeTimers();
  const empty = { PageNumber: 1, PageSize: 10, TotalCount: 0 };
  const calls = stubOperations(({ id }) => {
    switch (id) {
      case describeCustomRoutingEndpointGroupMeta.id:
        return {
          result: {
            AcceleratorId: "ga-1",
            ListenerId: "lsr-1",
            EndpointGroupId: "epg-1",
            EndpointGroupRegion: "cn-hangzhou",
            State: "updating",
          },
        };
      case listCustomRoutingEndpointGroupDestinationsMeta.id:
        return { result: { ...empty, Destinations: [] } };
      case listCustomRoutingPortMappingsMeta.id:
        return { result: { ...empty, PortMappings: [] } };
      default:
        throw new Error(`unexpected call ${id}`);
    }
  });
  renderInConsole(<GroupWorkspace path={{ acceleratorId: "ga-1", listenerId: "lsr-1", groupId: "epg-1" }} />);
  await act(() => vi.advanceTimersByTimeAsync(2 * 60 * 60_000));
  // The first read, then MAX_POLLS polls at the console's cadence (1 s, then backing off to 10 s).
  expect(calls.filter((c) => c.id === describeCustomRoutingEndpointGroupMeta.id)).toHaveLength(MAX_POLLS + 1);
});

it("reads the destinations and the port mappings again once the group settles, and the group only once", async () => {
  vi.useFakeTimers();
  const empty = { PageNumber: 1, PageSize: 10, TotalCount: 0 };
  let groupReads = 0;
  const calls = stubOperations(({ id }) => {
    switch (id) {
      case describeCustomRoutingEndpointGroupMeta.id:
        groupReads++;
        return {
          result: {
            AcceleratorId: "ga-1",
            ListenerId: "lsr-1",
            EndpointGroupId: "epg-1",
            EndpointGroupRegion: "cn-hangzhou",
            State: groupReads < 3 ? "updating" : "active",
          },
        };
      case listCustomRoutingEndpointGroupDestinationsMeta.id:
        return { result: { ...empty, Destinations: [] } };
      case listCustomRoutingPortMappingsMeta.id:
        return { result: { ...empty, PortMappings: [] } };
      default:
        throw new Error(`unexpected call ${id}`);
    }
  });
  renderInConsole(<GroupWorkspace path={{ acceleratorId: "ga-1", listenerId: "lsr-1", groupId: "epg-1" }} />);
  await act(() => vi.advanceTimersByTimeAsync(30_000));
  const count = (id: string) => calls.filter((c) => c.id === id).length;
  expect(count(describeCustomRoutingEndpointGroupMeta.id)).toBe(3);
  expect(count(listCustomRoutingEndpointGroupDestinationsMeta.id)).toBe(2);
  expect(count(listCustomRoutingPortMappingsMeta.id)).toBe(2);
});
