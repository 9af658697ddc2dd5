"use client";

import { MutationButton } from "@/components/auth/mutation-button";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { LazyConfirmDialog } from "@/components/ui/lazy-confirm-dialog";
import { LazyErrorPanel } from "@/components/ui/lazy-error-panel";
import { formatList } from "@/lib/i18n/format-list";
import { useLocale, useT } from "@/lib/i18n/i18n-provider";
import { deleteCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations.meta";
import { destinationsOptions, type GroupPath } from "@/lib/data/ga-destinations/ga-lists";
import { listCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-group-destinations.meta";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { DestinationsTable } from "./destinations-table";

/**
 * The group's destinations (searchable, sortable); rows can be selected and deleted after a confirmation.
 * `onRetryDelete` resends the failed delete exactly as it was sent (the page owns it: it went through the queue).
 */
export function DestinationsSection({
  path,
  deleteFailure,
  onDelete,
  onRetryDelete,
}: {
  path: GroupPath;
  deleteFailure: OperationFailure | null;
  onDelete: (ids: string[]) => void;
  onRetryDelete?: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [selected, setSelected] = useState<string[]>([]);
  const [isConfirming, setIsConfirming] = useState(false);
  const list = useQuery(destinationsOptions(path));
  const items = list.data?.items;
  // Only what the list still holds can be selected: a deleted row drops out of the selection.
  const chosen = selected.filter((id) => items?.some((d) => d.DestinationId === id));

  function confirm() {
    setIsConfirming(false);
    setSelected([]);
    onDelete(chosen);
  }

  return (
    <section aria-labelledby="destinations-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="destinations-title" className="text-lg font-semibold">
          {t("gaDestinations.destinations")}
          {items && (
            <span className="ml-2 text-sm font-normal text-neutral-600 dark:text-neutral-400">
              {t(list.data?.truncated ? "gaDestinations.atLeast" : "gaDestinations.total", {
                count: items.length,
              })}
            </span>
          )}
        </h2>
        <MutationButton variant="danger" disabled={chosen.length === 0} onClick={() => setIsConfirming(true)}>
          {t("gaDestinations.deleteSelected", { count: chosen.length })}
        </MutationButton>
      </div>
      {deleteFailure && (
        <LazyErrorPanel
          failure={deleteFailure}
          op={deleteCustomRoutingEndpointGroupDestinationsMeta}
          context={t("clarity.ga.deleteFailed", { group: path.groupId })}
          subject={t("clarity.ga.delete", { group: path.groupId })}
          onRetrySame={onRetryDelete}
        />
      )}
      {list.error instanceof OperationFailure && (
        <LazyErrorPanel
          failure={list.error}
          op={listCustomRoutingEndpointGroupDestinationsMeta}
          context={t("clarity.ga.listFailed", { group: path.groupId })}
        />
      )}
      {!list.error && (
        <DestinationsTable path={path} items={items} selected={chosen} onSelect={setSelected} />
      )}
      {list.data?.truncated && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {t("gaDestinations.truncated", { count: list.data.items.length })}
        </p>
      )}
      <LazyConfirmDialog
        open={isConfirming}
        title={t("gaDestinations.deleteTitle", { count: chosen.length })}
        confirmLabel={t("gaDestinations.deleteConfirm")}
        onCancel={() => setIsConfirming(false)}
        onConfirm={confirm}
      >
        {t("gaDestinations.deleteBody", { ids: formatList(chosen, locale), group: path.groupId })}
      </LazyConfirmDialog>
    </section>
  );
}
