"use client";

import { useT } from "@/lib/i18n/i18n-provider";
import { GroupWorkspace } from "./group-workspace";
import { QueueStatus } from "./queue-status";
import { useAcceleratorQueue } from "./use-accelerator-queue";

/**
 * Everything under a chosen accelerator. It holds the page's one queue: jobs outlive the group that submitted them
 * (switching groups or accelerators keeps them), and leaving the page cancels what was not sent.
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
  const queue = useAcceleratorQueue();
  if (listenerId !== null && groupId !== null) {
    return (
      <GroupWorkspace
        key={groupId}
        queue={queue}
        acceleratorId={acceleratorId}
        listenerId={listenerId}
        groupId={groupId}
      />
    );
  }
  return (
    <>
      <QueueStatus queue={queue} acceleratorId={acceleratorId} />
      {listenerId !== null && (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t("gaDestinations.chooseGroup")}</p>
      )}
    </>
  );
}
