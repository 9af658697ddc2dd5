"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { cancelUnsentChanges } from "@/lib/data/ga-destinations/use-destination-changes";
import { useT } from "@/lib/i18n/i18n-provider";
import { GroupWorkspace } from "./group-workspace";
import { QueueStatus } from "./queue-status";

/**
 * Everything under a chosen accelerator. Its changes live in TanStack's mutation cache, so they outlive the group
 * that submitted them (switching groups or accelerators keeps them); leaving the page cancels what was not sent.
 */
export function AcceleratorWorkspace({
  acceleratorId,
  listenerId,
  groupId,
}: {
  acceleratorId: string;
  listenerId: string | null;
  groupId: string | null;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  useEffect(() => () => cancelUnsentChanges(queryClient), [queryClient]);
  if (listenerId !== null && groupId !== null) {
    return <GroupWorkspace key={groupId} path={{ acceleratorId, listenerId, groupId }} />;
  }
  return (
    <>
      <QueueStatus acceleratorId={acceleratorId} />
      {listenerId !== null && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("gaDestinations.chooseGroup")}</p>
      )}
    </>
  );
}
