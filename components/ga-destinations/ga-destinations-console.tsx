"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useToast } from "@/components/ui/toast";
import { useT } from "@/lib/i18n/i18n-provider";
import { createCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";
import { deleteCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations";
import { describeCustomRoutingEndpointGroup } from "@/lib/operations/ga/describe-custom-routing-endpoint-group";
import { gaRegion } from "@/lib/operations/ga/ga-input";
import { cloudKeys } from "@/lib/queries/keys";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { operationQueryOptions, pollWhile } from "@/lib/queries/operation-query";
import { useOperationMutation } from "@/lib/queries/use-operation-mutation";
import { isSettled } from "@/lib/status/lifecycles";
import { QueueCancelledError } from "./accelerator-queue";
import { AddDestinationsForm } from "./add-destinations-form";
import type { AddDestinationsValues } from "./destination-rows";
import { DestinationsSection } from "./destinations-section";
import { GaPickers } from "./ga-pickers";
import { selectionSearch, type GaSelection } from "./ga-selection";
import { GroupPanel } from "./group-panel";
import { PortMappingsSection } from "./port-mappings-section";
import { QueueStatus } from "./queue-status";
import { useAcceleratorQueue } from "./use-accelerator-queue";

const REGION = gaRegion.fixed;

/**
 * The page's client island: it owns the selection, the queries and the mutations. Every change goes through the
 * accelerator's queue, because GA takes one destination change at a time per accelerator (apis.md §4.1).
 */
export function GaDestinationsConsole({ initialSelection }: { initialSelection: GaSelection }) {
  const t = useT();
  const toast = useToast();
  const queryClient = useQueryClient();
  const queue = useAcceleratorQueue();
  const [selection, setSelection] = useState(initialSelection);
  const [deleteFailure, setDeleteFailure] = useState<OperationFailure | null>(null);
  const { acceleratorId, listenerId, groupId } = selection;

  const group = useQuery({
    ...operationQueryOptions(describeCustomRoutingEndpointGroup, REGION, { EndpointGroupId: groupId ?? "" }),
    enabled: groupId !== null,
    refetchInterval: pollWhile((g) => !isSettled("gaState", g.State)),
  });
  const create = useOperationMutation(createCustomRoutingEndpointGroupDestinations, REGION);
  const remove = useOperationMutation(deleteCustomRoutingEndpointGroupDestinations, REGION);

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
        queryKey: cloudKeys.product(describeCustomRoutingEndpointGroup, REGION),
      });
    }
    previousState.current = state;
  }, [state, queryClient]);

  function select(next: GaSelection) {
    setSelection(next);
    setDeleteFailure(null);
    window.history.replaceState(
      null,
      "",
      `${window.location.pathname}${selectionSearch(window.location.search, next)}`,
    );
  }

  async function handleAdd(values: AddDestinationsValues) {
    // A dry run changes nothing, so it needs no turn in the queue.
    if (values.DryRun) return void (await create.mutateAsync(values));
    const count = values.DestinationConfigurations.length;
    const target = values.EndpointGroupId;
    const label = t("gaDestinations.queue.jobAdd", { count, group: target });
    await queue.enqueue(acceleratorId!, label, () => create.mutateAsync(values)).done;
    toast("success", t("gaDestinations.started", { count, group: target }));
  }

  async function handleDelete(ids: string[]) {
    const target = groupId!;
    setDeleteFailure(null);
    const label = t("gaDestinations.queue.jobDelete", { count: ids.length, group: target });
    try {
      await queue.enqueue(acceleratorId!, label, () =>
        remove.mutateAsync({ EndpointGroupId: target, DestinationIds: ids }),
      ).done;
      toast("success", t("gaDestinations.deleteStarted", { count: ids.length, group: target }));
    } catch (error) {
      if (error instanceof QueueCancelledError) return toast("info", t("gaDestinations.cancelled"));
      if (error instanceof OperationFailure) return setDeleteFailure(error);
      throw error;
    }
  }

  const isOpen = acceleratorId !== null && listenerId !== null && groupId !== null;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-neutral-700 dark:text-neutral-300" data-testid="ga-region-note">
        {t("gaDestinations.regionNote")}
      </p>
      <GaPickers selection={selection} onChange={select} />
      {acceleratorId !== null && !isOpen && <QueueStatus queue={queue} acceleratorId={acceleratorId} />}
      {isOpen ? (
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
      ) : (
        acceleratorId !== null &&
        listenerId !== null && (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("gaDestinations.chooseGroup")}</p>
        )
      )}
    </div>
  );
}
