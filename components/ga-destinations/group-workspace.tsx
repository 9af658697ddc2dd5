"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { lazyClient } from "@/components/ui/lazy-client";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/i18n-provider";
import { createCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations.meta";
import { deleteCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations.meta";
import { describeCustomRoutingEndpointGroupMeta } from "@/lib/operations/ga/describe-custom-routing-endpoint-group.meta";
import { gaRegion } from "@/lib/operations/ga/ga-base";
import { cloudKeys } from "@/lib/queries/keys";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { pollWhile } from "@/lib/queries/poll-while";
import { useOperationMutation } from "@/lib/queries/use-operation-mutation";
import { isSettled } from "@/lib/status/lifecycles";
import { QueueCancelledError, type AcceleratorQueue } from "./accelerator-queue";
import type { AddDestinationsValues } from "./destination-rows";
import { DestinationsSection } from "./destinations-section";
import { GroupPanel } from "./group-panel";
import { PortMappingsSection } from "./port-mappings-section";
import { QueueStatus } from "./queue-status";

// Fetched when first shown: react-hook-form, the resolver and the catalog's zod schema stay out of first-load JS.
const AddDestinationsForm = lazyClient(() =>
  import("./add-destinations-form").then((m) => m.AddDestinationsForm),
);

const REGION = gaRegion.fixed;

/**
 * One chosen endpoint group: it owns the group's status query and the add/delete mutations. Every change goes
 * through the accelerator's queue, because GA takes one destination change at a time per accelerator (docs/cloud-apis.md §4.1).
 */
export function GroupWorkspace({
  queue,
  acceleratorId,
  listenerId,
  groupId,
}: {
  queue: AcceleratorQueue;
  acceleratorId: string;
  listenerId: string;
  groupId: string;
}) {
  const t = useT();
  const toast = useToast();
  const queryClient = useQueryClient();
  const [deleteFailure, setDeleteFailure] = useState<OperationFailure | null>(null);
  // Changes the cloud accepted for this group (adds and deletes): each one starts a new `updating` to watch.
  const [changesSent, setChangesSent] = useState(0);
  const counted = <T,>(sent: Promise<T>) =>
    sent.then((result) => {
      setChangesSent((n) => n + 1);
      return result;
    });

  const group = useQuery({
    ...operationQueryOptions(describeCustomRoutingEndpointGroupMeta, REGION, { EndpointGroupId: groupId }),
    // Bounded like every poller: a group that never leaves `updating` stops being re-read after MAX_POLLS — until
    // the operator's next change reaches the cloud, which restarts the allowance.
    refetchInterval: pollWhile((g) => !isSettled("gaState", g.State), {
      inFlightKey: () => String(changesSent),
    }),
  });
  const create = useOperationMutation(createCustomRoutingEndpointGroupDestinationsMeta, REGION);
  const remove = useOperationMutation(deleteCustomRoutingEndpointGroupDestinationsMeta, REGION);

  // When the group settles, the destinations and the port mapping table it derived are final: read them again.
  const state = group.data?.State;
  const previousState = useRef(state);
  useEffect(() => {
    if (
      previousState.current &&
      !isSettled("gaState", previousState.current) &&
      state &&
      isSettled("gaState", state)
    ) {
      void queryClient.invalidateQueries({
        queryKey: cloudKeys.product(describeCustomRoutingEndpointGroupMeta, REGION),
      });
    }
    previousState.current = state;
  }, [state, queryClient]);

  async function handleAdd(values: AddDestinationsValues) {
    // A dry run changes nothing, so it needs no turn in the queue.
    if (values.DryRun) return void (await create.mutateAsync(values));
    const count = values.DestinationConfigurations.length;
    const target = values.EndpointGroupId;
    const label = t("gaDestinations.queue.jobAdd", { count, group: target });
    await queue.enqueue(acceleratorId, label, () => counted(create.mutateAsync(values))).done;
    toast("success", t("gaDestinations.started", { count, group: target }));
  }

  async function handleDelete(ids: string[]) {
    const target = groupId;
    setDeleteFailure(null);
    const label = t("gaDestinations.queue.jobDelete", { count: ids.length, group: target });
    try {
      await queue.enqueue(acceleratorId, label, () =>
        counted(remove.mutateAsync({ EndpointGroupId: target, DestinationIds: ids })),
      ).done;
      toast("success", t("gaDestinations.deleteStarted", { count: ids.length, group: target }));
    } catch (error) {
      if (error instanceof QueueCancelledError) return toast("info", t("gaDestinations.cancelled"));
      if (error instanceof OperationFailure) return setDeleteFailure(error);
      throw error;
    }
  }

  return (
    <>
      <GroupPanel groupId={groupId} group={group.data} error={group.error} />
      <div className="grid gap-6 xl:grid-cols-[3fr_2fr]">
        <DestinationsSection
          key={groupId}
          acceleratorId={acceleratorId}
          listenerId={listenerId}
          groupId={groupId}
          deleteFailure={deleteFailure}
          onDelete={handleDelete}
        />
        <div className="flex flex-col gap-3">
          <AddDestinationsForm key={groupId} groupId={groupId} onSubmit={handleAdd} />
          <QueueStatus queue={queue} acceleratorId={acceleratorId} />
        </div>
      </div>
      <PortMappingsSection
        key={groupId}
        acceleratorId={acceleratorId}
        listenerId={listenerId}
        groupId={groupId}
      />
    </>
  );
}
