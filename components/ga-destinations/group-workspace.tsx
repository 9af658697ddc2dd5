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

  async function handleDelete(ids: string[]) {
    setDeleteFailure(null);
    const label = t("gaDestinations.queue.jobDelete", { count: ids.length, group: groupId });
    try {
      await changes.submit(
        { kind: "delete", input: { EndpointGroupId: groupId, DestinationIds: ids } },
        label,
      );
      toast("success", t("gaDestinations.deleteStarted", { count: ids.length, group: groupId }));
    } catch (error) {
      if (error instanceof QueueCancelledError) return toast("info", t("gaDestinations.cancelled"));
      if (error instanceof OperationFailure) return setDeleteFailure(error);
      throw error;
    }
  }

  return (
    <>
      <GroupPanel groupId={groupId} group={group.data} error={group.error} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <DestinationsSection path={path} deleteFailure={deleteFailure} onDelete={handleDelete} />
        <div className="flex flex-col gap-3">
          <AddDestinationsForm groupId={groupId} onSubmit={handleAdd} />
          <QueueStatus acceleratorId={acceleratorId} />
        </div>
      </div>
      <PortMappingsSection path={path} />
    </>
  );
}
