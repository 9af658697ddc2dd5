"use client";

import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { gaRegion } from "@/lib/operations/ga/ga-base";
import type { OutputOf } from "@/lib/operations/types";
import { OperationFailure } from "@/lib/queries/operation-failure";
import { postOperation } from "@/lib/queries/post-operation";
import { readBlockers, type RunQuery } from "./accelerator-blockers";
import { abortableSleep, AcceleratorQueue, type QueueJobView } from "./accelerator-queue";

/** The codes Terraform's GA destination resource also waits out and retries (docs/cloud-apis.md §9). */
const BUSY_CODES = new Set(["StateError.EndPointGroup", "StateError.Accelerator", "NotActive.Listener"]);

const runQuery: RunQuery = async (op, input, signal) =>
  (await postOperation<OutputOf<typeof op>>(op.id, op.region.fixed ?? gaRegion.fixed, input, signal)).result;

/** One queue per page: jobs outlive the form that submitted them; leaving the page cancels what was not sent. */
export function useAcceleratorQueue(): AcceleratorQueue {
  const [queue] = useState(
    () =>
      new AcceleratorQueue({
        blockers: (acceleratorId, signal) => readBlockers(runQuery, acceleratorId, signal),
        sleep: abortableSleep,
        isBusyRefusal: (error) =>
          error instanceof OperationFailure &&
          error.detail.source === "cloud" &&
          BUSY_CODES.has(error.detail.code),
      }),
  );
  useEffect(() => () => queue.cancelAll(), [queue]);
  return queue;
}

const NO_JOBS: readonly QueueJobView[] = [];

/** The jobs of one accelerator, re-rendering on every change of the queue. */
export function useAcceleratorJobs(queue: AcceleratorQueue, acceleratorId: string | null): QueueJobView[] {
  const all = useSyncExternalStore(queue.subscribe, queue.getSnapshot, () => NO_JOBS);
  return useMemo(() => all.filter((job) => job.acceleratorId === acceleratorId), [all, acceleratorId]);
}
