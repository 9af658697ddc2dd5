"use client";

import { clientOnly } from "@/components/ui/client-only";
import { MutationButton } from "@/components/auth/mutation-button";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { useToast } from "@/components/ui/toast";
import { QueueCancelledError } from "@/lib/data/ga-destinations/change-ticket";
import { useDestinationChanges } from "@/lib/data/ga-destinations/use-destination-changes";
import { useResourceDetail } from "@/lib/data/resource-detail/use-resource-detail";
import { useT } from "@/lib/i18n/i18n-provider";
import { gaRegion } from "@/lib/operations/ga/ga-base";
import { deleteCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations.meta";
import { describeCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/describe-custom-routing-endpoint-group-destinations.meta";
import { pollWhile } from "@/lib/queries/poll-while";
import { isSettled, toneOf } from "@/lib/status/lifecycles";
import { cloudAttributes } from "./cloud-attributes";
import { ResourceDetail } from "./resource-detail";
import { useDetailAction } from "./use-detail-action";

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
  // The read names the destination only; one of another group under this path would be someone else's page.
  const { resource: destination, read } = useResourceDetail(
    describeCustomRoutingEndpointGroupDestinationsMeta,
    gaRegion.fixed,
    { DestinationId: destinationId },
    {
      pick: (data) => (data.EndpointGroupId === groupId && data.ListenerId === listenerId ? data : undefined),
      poll: pollWhile((d) => !isSettled("gaState", d.State), { inFlightKey: (d) => d.State ?? "" }),
    },
  );
  const changes = useDestinationChanges(acceleratorId);
  const settled = destination !== undefined && isSettled("gaState", destination.State);
  const deletion = useDetailAction();
  const handleDelete = () =>
    deletion.run(async () => {
      try {
        await changes.submit(
          { kind: "delete", input: { EndpointGroupId: groupId, DestinationIds: [destinationId] } },
          t("gaDestinations.queue.jobDelete", { count: 1, group: groupId }),
        );
      } catch (error) {
        if (error instanceof QueueCancelledError) return toast("info", t("gaDestinations.cancelled"));
        throw error;
      }
      toast("success", t("gaDestinations.deleteStarted", { count: 1, group: groupId }));
    });

  return (
    <>
      <ResourceDetail
        read={read}
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
              onClick={() => deletion.ask(true)}
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
            {deletion.failure && (
              <LazyErrorPanel
                failure={deletion.failure}
                op={deleteCustomRoutingEndpointGroupDestinationsMeta}
              />
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
        open={deletion.asking !== null}
        title={t("gaDestinations.deleteTitle", { count: 1 })}
        confirmLabel={t("gaDestinations.deleteConfirm")}
        onCancel={deletion.cancel}
        onConfirm={handleDelete}
      >
        {t("gaDestinations.deleteBody", { ids: destinationId, group: groupId })}
      </LazyConfirmDialog>
    </>
  );
}
