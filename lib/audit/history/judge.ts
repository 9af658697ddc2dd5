import { lifecycles } from "@/lib/status/lifecycles";
import type { OperationState } from "../audit-types";
import type { Tracker } from "./tracker";

/** A resource that disappeared, as the timeline and `expected` write it (no cloud status is spelled so). */
export const GONE = "gone";

export function isTransitional(tracker: Tracker, status: string): boolean {
  return (lifecycles[tracker.lifecycle].transitional as readonly string[]).includes(status);
}

/** Last status per resource, and the resources seen in transition since the operation opened. */
export interface Progress {
  status: Record<string, string>;
  moved: string[];
}

export function parseProgress(text: string): Progress {
  const parsed = JSON.parse(text) as Partial<Progress>;
  return { status: parsed.status ?? {}, moved: parsed.moved ?? [] };
}

export interface Verdict {
  state: OperationState;
  reason?: string;
}

/**
 * Where an operation stands after what was seen: `settled` once every resource is in the expected status (or
 * gone, for a removal); `failed` as soon as one is in a failure status, disappears while it should exist, or
 * settles elsewhere after it was seen moving; otherwise still `open`. The time limit is the watcher's business.
 */
export function judge(
  tracker: Tracker,
  expected: string,
  resources: readonly string[],
  progress: Progress,
): Verdict {
  const lifecycle = lifecycles[tracker.lifecycle] as {
    transitional: readonly string[];
    failed: readonly string[];
  };
  let done = true;
  for (const resource of resources) {
    const status = progress.status[resource];
    if (status === undefined || status === expected) {
      done &&= status !== undefined;
      continue;
    }
    if (lifecycle.failed.includes(status)) return { state: "failed", reason: `${resource} is ${status}` };
    if (status === GONE) return { state: "failed", reason: `${resource} disappeared` };
    if (expected !== GONE && !lifecycle.transitional.includes(status) && progress.moved.includes(resource))
      return { state: "failed", reason: `${resource} settled as ${status}, not ${expected}` };
    done = false;
  }
  return { state: done ? "settled" : "open" };
}
