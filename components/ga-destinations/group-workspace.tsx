"use client";

import { clientOnly } from "@/components/ui/client-only";
import { useState } from "react";
import { LoadingNote } from "@/components/ui/loading-note";
import { useToast } from "@/components/ui/toast";
import { QueueCancelledError } from "@/lib/data/ga-destinations/change-ticket";
import type { GroupPath } from "@/lib/data/ga-destinations/ga-lists";
import { useDestinationChanges } from "@/lib/data/ga-destinations/use-destination-changes";
import { useGroupState } from "@/lib/data/ga-destinations/use-group-state";
import { useT } from "@/lib/i18n/i18n-provider";
import { OperationFailure } from "@/lib/queries/operation-failure";
import type { AddDestinationsValues } from "./destination-rows";
import { DestinationsSection } from "./destinations-section";
import { GroupPanel } from "./group-panel";
import { PortMappingsSection } from "./port-mappings-section";
import { QueueStatus } from "./queue-status";

// Fetched when first shown: react-hook-form, the resolver and the catalog's zod schema stay out of first-load JS.
const AddDestinationsForm = clientOnly(
  () => import("./add-destinations-form").then((m) => m.AddDestinationsForm),
  { loading: LoadingNote },
);

/**
 * One chosen endpoint group: its state, destinations and port mappings, and the add/delete forms. The data layer
 * owns the queries and the changes, which wait their turn per accelerator (GA takes one at a time, docs/cloud-apis.md §4.1).
 */
export function GroupWorkspace({ path }: { path: GroupPath }) {
  const t = useT();
  const toast = useToast();
  const { acceleratorId, groupId } = path;
  const [deleteFailure, setDeleteFailure] = useState<OperationFailure | null>(null);
  const group = useGroupState(groupId);
  const changes = useDestinationChanges(acceleratorId);

  async function handleAdd(values: AddDestinationsValues) {
    if (values.DryRun) return void (await changes.validateAdd(values));
    const count = values.DestinationConfigurations.length;
    const target = values.EndpointGroupId;
    const label = t("gaDestinations.queue.jobAdd", { count, group: target });
    await changes.submit({ kind: "add", input: values }, label);
    toast("success", t("gaDestinations.started", { count, group: target }));
  }

  /** "Retry with the same request" of the add form: exactly what the failed send carried, queued again. */
  async function resendAdd(failure: OperationFailure) {
    const sent = changes.resendable(failure);
    if (sent?.kind !== "add") throw failure;
    const count = sent.input.DestinationConfigurations.length;
    const target = sent.input.EndpointGroupId;
    await changes.resend(failure, t("gaDestinations.queue.jobAdd", { count, group: target }));
    toast("success", t("gaDestinations.started", { count, group: target }));
  }

  /** Sends a delete through the accelerator's queue; `send` is the first submit or a resend of what was sent. */
  async function runDelete(count: number, send: (label: string) => Promise<unknown>) {
    setDeleteFailure(null);
    const label = t("gaDestinations.queue.jobDelete", { count, group: groupId });
    try {
      await send(label);
      toast("success", t("gaDestinations.deleteStarted", { count, group: groupId }));
    } catch (error) {
      if (error instanceof QueueCancelledError) return toast("info", t("gaDestinations.cancelled"));
      if (error instanceof OperationFailure) return setDeleteFailure(error);
      throw error;
    }
  }

  const handleDelete = (ids: string[]) =>
    runDelete(ids.length, (label) =>
      changes.submit({ kind: "delete", input: { EndpointGroupId: groupId, DestinationIds: ids } }, label),
    );

  // Offered for a failed send only: the same ids and the same ClientToken, so the cloud deletes them at most once.
  const sentDelete = deleteFailure ? changes.resendable(deleteFailure) : undefined;
  const retryDelete =
    deleteFailure && sentDelete?.kind === "delete"
      ? () =>
          void runDelete(sentDelete.input.DestinationIds.length, (label) =>
            changes.resend(deleteFailure, label),
          )
      : undefined;

  return (
    <>
      <GroupPanel groupId={groupId} group={group.data} error={group.error} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <DestinationsSection
          path={path}
          deleteFailure={deleteFailure}
          onDelete={handleDelete}
          onRetryDelete={retryDelete}
        />
        <div className="flex flex-col gap-3">
          <AddDestinationsForm groupId={groupId} onSubmit={handleAdd} onResend={resendAdd} />
          <QueueStatus acceleratorId={acceleratorId} />
        </div>
      </div>
      <PortMappingsSection path={path} />
    </>
  );
}
