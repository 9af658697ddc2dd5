"use client";

import { useQuery } from "@tanstack/react-query";
import { clientOnly } from "@/components/ui/client-only";
import { useState } from "react";
import { MutationButton } from "@/components/auth/mutation-button";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { QueueCancelledError } from "@/lib/data/ga-destinations/change-ticket";
import { useDestinationChanges } from "@/lib/data/ga-destinations/use-destination-changes";
import { useT } from "@/lib/i18n/i18n-provider";
import { gaRegion } from "@/lib/operations/ga/ga-base";
import { deleteCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations.meta";
import { describeCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/describe-custom-routing-endpoint-group-destinations.meta";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { operationQueryOptions } from "@/lib/queries/operation-query";
import { pollWhile } from "@/lib/queries/poll-while";
import { isSettled, toneOf } from "@/lib/status/lifecycles";
import { cloudAttributes } from "./cloud-attributes";
import { ResourceDetail } from "./resource-detail";

// The accelerator's change queue shows only while a change waits or runs: it loads after the page, keeping the
// page within its first-load budget (floor + 30 kB; docs/BENCHMARKS.md).
const QueueStatus = clientOnly(() =>
  import("@/components/ga-destinations/queue-status").then((m) => m.QueueStatus),
);

/**
 * /ga-destinations/<accelerator>/<listener>/<group>/<destination>: the destination read by id, polled while its
 * state moves, with Delete through the accelerator's change queue (GA takes one change at a time).
 */
export function GaDestinationDetail({
  acceleratorId,
  listenerId,
  groupId,
  destinationId,
}: {
  acceleratorId: string;
  listenerId: string;
  groupId: string;
  destinationId: string;
}) {
  const t = useT();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<OperationFailure | null>(null);
  const read = useQuery({
    ...operationQueryOptions(describeCustomRoutingEndpointGroupDestinationsMeta, gaRegion.fixed, {
      DestinationId: destinationId,
    }),
    refetchInterval: pollWhile((d) => !isSettled("gaState", d.State), { inFlightKey: (d) => d.State ?? "" }),
  });
  const changes = useDestinationChanges(acceleratorId);
  // The read names the destination only; one of another group under this path would be someone else's page.
  const destination =
    read.data && read.data.EndpointGroupId === groupId && read.data.ListenerId === listenerId
      ? read.data
      : undefined;
  const settled = destination !== undefined && isSettled("gaState", destination.State);

  async function handleDelete() {
    setConfirming(false);
    setFailure(null);
    try {
      await changes.submit(
        { kind: "delete", input: { EndpointGroupId: groupId, DestinationIds: [destinationId] } },
        t("gaDestinations.queue.jobDelete", { count: 1, group: groupId }),
      );
      toast("success", t("gaDestinations.deleteStarted", { count: 1, group: groupId }));
    } catch (error) {
      if (error instanceof QueueCancelledError) return toast("info", t("gaDestinations.cancelled"));
      if (error instanceof OperationFailure) return setFailure(error);
      throw error;
    }
  }

  return (
    <>
      <ResourceDetail
        read={{
          isLoading: read.isLoading,
          error: read.error,
          op: describeCustomRoutingEndpointGroupDestinationsMeta,
          retry: () => void read.refetch(),
        }}
        found={destination !== undefined}
        status={
          destination?.State
            ? { value: destination.State, tone: toneOf("gaState", destination.State) }
            : undefined
        }
        attributes={destination ? cloudAttributes(destination) : []}
        actions={
          destination && (
            <MutationButton
              variant="danger"
              disabled={!settled}
              title={settled ? undefined : t("views.detail.busy")}
              onClick={() => setConfirming(true)}
            >
              {t("gaDestinations.deleteConfirm")}
            </MutationButton>
          )
        }
        snippets={[
          {
            op: deleteCustomRoutingEndpointGroupDestinationsMeta,
            input: { EndpointGroupId: groupId, DestinationIds: [destinationId] },
          },
        ]}
        notices={
          <>
            <QueueStatus acceleratorId={acceleratorId} />
            {failure && (
              <LazyErrorPanel failure={failure} op={deleteCustomRoutingEndpointGroupDestinationsMeta} />
            )}
          </>
        }
        history={{ resource: destinationId, version: destination?.State ?? (destination ? "" : "gone") }}
        list={{
          href: `/ga-destinations?${new URLSearchParams({ accelerator: acceleratorId, listener: listenerId, group: groupId })}`,
          label: t("gaDestinations.title"),
        }}
      />
      <LazyConfirmDialog
        open={confirming}
        title={t("gaDestinations.deleteTitle", { count: 1 })}
        confirmLabel={t("gaDestinations.deleteConfirm")}
        onCancel={() => setConfirming(false)}
        onConfirm={handleDelete}
      >
        {t("gaDestinations.deleteBody", { ids: destinationId, group: groupId })}
      </LazyConfirmDialog>
    </>
  );
}
