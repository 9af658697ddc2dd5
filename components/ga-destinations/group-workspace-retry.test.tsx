// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, expect, it, vi } from "vitest";
import { renderInConsole, stubOperations, type Answer } from "@/components/testing/console-harness";
import { createCustomRoutingEndpointGroupDestinationsMeta as createMeta } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations.meta";
import { deleteCustomRoutingEndpointGroupDestinationsMeta as deleteMeta } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations.meta";
import { describeCustomRoutingEndpointGroupMeta } from "@/lib/operations/ga/describe-custom-routing-endpoint-group.meta";
import { listAcceleratorsMeta } from "@/lib/operations/ga/list-accelerators.meta";
import { listCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-group-destinations.meta";
import { listCustomRoutingEndpointGroupsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-groups.meta";
import { listCustomRoutingPortMappingsMeta } from "@/lib/operations/ga/list-custom-routing-port-mappings.meta";
import { listListenersMeta } from "@/lib/operations/ga/list-listeners.meta";
import type { FailureDetail } from "@/lib/queries/operation-failure";
import { GroupWorkspace } from "./group-workspace";

/**
 * Issue #18 for the GA destination changes, which go through the accelerator's queue (lib/data/ga-destinations):
 * after a lost reply the panel resends exactly what was sent — same input, same ClientToken — through that queue.
 */

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// The panel and the confirm dialog are fetched on first use; load them once, outside the findBy timeouts.
beforeAll(async () => {
  await import("@/components/ui/error-panel");
  await import("./add-destinations-form");
}, 60_000);

const page = { PageNumber: 1, PageSize: 50, TotalCount: 1 };
const path = { acceleratorId: "ga-1", listenerId: "lsr-1", groupId: "epg-1" };

/** The proxy's answer when the request went out and no reply came (lib/cloud/outcome.ts). */
const lostReply: Answer = {
  status: 504,
  error: {
    source: "cloud",
    cloud: "aliyun",
    code: "NetworkError",
    message: "socket hang up",
    requestId: "",
    httpStatus: 502,
    outcome: "unknown",
  } as FailureDetail,
};

/** A settled accelerator with one destination; `change` answers the create and the delete. */
function stubGa(change: (id: string, attempt: number) => Answer) {
  const attempts = new Map<string, number>();
  return stubOperations(({ id }) => {
    switch (id) {
      case describeCustomRoutingEndpointGroupMeta.id:
        return {
          result: { ...path, EndpointGroupId: "epg-1", EndpointGroupRegion: "cn-hangzhou", State: "active" },
        };
      case listCustomRoutingEndpointGroupDestinationsMeta.id:
        return {
          result: {
            ...page,
            Destinations: [
              {
                ...path,
                EndpointGroupId: "epg-1",
                DestinationId: "dst-1",
                Protocols: ["TCP"],
                FromPort: 80,
                ToPort: 81,
              },
            ],
          },
        };
      case listCustomRoutingPortMappingsMeta.id:
        return { result: { ...page, TotalCount: 0, PortMappings: [] } };
      case listAcceleratorsMeta.id:
        return { result: { ...page, Accelerators: [{ AcceleratorId: "ga-1", State: "active" }] } };
      case listListenersMeta.id:
        return { result: { ...page, Listeners: [{ ListenerId: "lsr-1", State: "active" }] } };
      case listCustomRoutingEndpointGroupsMeta.id:
        return { result: { ...page, EndpointGroups: [{ EndpointGroupId: "epg-1", State: "active" }] } };
      case createMeta.id:
      case deleteMeta.id: {
        const attempt = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, attempt);
        return change(id, attempt);
      }
      default:
        throw new Error(`unexpected call ${id}`);
    }
  });
}

it("a delete whose reply was lost is resent as it was: the same ids and ClientToken, once, through the queue", async () => {
  const calls = stubGa((_id, attempt) => (attempt === 1 ? lostReply : { result: {} }));
  renderInConsole(<GroupWorkspace path={path} />);
  fireEvent.click(await screen.findByRole("checkbox", { name: "Select destination dst-1" }));
  fireEvent.click(screen.getByRole("button", { name: "Delete selected (1)" }));
  const dialog = await screen.findByRole("alertdialog");
  fireEvent.click(within(dialog).getByRole("button", { name: "Delete" }));

  const panel = await screen.findByTestId("error-panel");
  expect(panel.dataset.outcome).toBe("unknown");
  expect(screen.getAllByTestId("error-panel")).toHaveLength(1);
  fireEvent.click(within(panel).getByRole("button", { name: "Retry with the same request" }));

  await screen.findByText("Deletion of 1 destination(s) from epg-1 started.");
  await waitFor(() => expect(screen.queryByTestId("error-panel")).toBeNull());
  const deletes = calls.filter((c) => c.id === deleteMeta.id).map((c) => c.input);
  expect(deletes).toHaveLength(2);
  expect(deletes[0]).toMatchObject({ EndpointGroupId: "epg-1", DestinationIds: ["dst-1"] });
  expect(deletes[0]?.ClientToken).toEqual(expect.any(String));
  expect(deletes[1]).toEqual(deletes[0]);
  // Its turn in the queue: the accelerator was looked at again before the resend went out.
  const order = calls.map((c) => c.id);
  const resent = order.lastIndexOf(deleteMeta.id);
  expect(order.slice(order.indexOf(deleteMeta.id) + 1, resent)).toContain(listAcceleratorsMeta.id);
});

it("an add whose reply was lost is resent with the same rows and ClientToken", async () => {
  const calls = stubGa((_id, attempt) =>
    attempt === 1 ? lostReply : { result: { DestinationIds: ["dst-2"] } },
  );
  renderInConsole(<GroupWorkspace path={path} />);
  const row = await screen.findByRole("group", { name: "Destination 1" });
  fireEvent.change(within(row).getByLabelText("From port"), { target: { value: "5000" } });
  fireEvent.change(within(row).getByLabelText("To port"), { target: { value: "5001" } });
  fireEvent.click(screen.getByRole("button", { name: "Add destinations" }));

  const panel = await screen.findByTestId("error-panel");
  expect(panel.dataset.outcome).toBe("unknown");
  fireEvent.click(within(panel).getByRole("button", { name: "Retry with the same request" }));

  await screen.findByText("1 destination(s) are being added to epg-1.");
  expect(screen.queryByTestId("error-panel")).toBeNull();
  const adds = calls.filter((c) => c.id === createMeta.id).map((c) => c.input);
  expect(adds).toHaveLength(2);
  expect(adds[0]).toMatchObject({
    EndpointGroupId: "epg-1",
    DestinationConfigurations: [{ Protocols: ["TCP"], FromPort: 5000, ToPort: 5001 }],
  });
  expect(adds[0]?.ClientToken).toEqual(expect.any(String));
  expect(adds[1]).toEqual(adds[0]);
});
