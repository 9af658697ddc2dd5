/**
 * Status lifecycles of the resources the console watches (docs/cloud-apis.md §2.2, §3.2, §4.2, §6.2). Polling stops on
 * a settled status; `failed` statuses are settled too but shown as failures.
 */
export type StatusTone = "ok" | "neutral" | "pending" | "failed";

interface Lifecycle {
  transitional: readonly string[];
  ok: readonly string[];
  failed: readonly string[];
}

export const lifecycles = {
  multicastSource: { transitional: ["Registering", "Deregistering"], ok: ["Registered"], failed: [] },
  routerInterface: {
    transitional: [
      "Connecting",
      "AcceptingConnecting",
      "Activating",
      "Deactivating",
      "Modifying",
      "Deleting",
    ],
    ok: ["Active"],
    failed: [],
  },
  mirrorSession: { transitional: ["Creating", "Deleting", "Updating"], ok: ["Active"], failed: ["Failed"] },
  gaState: { transitional: ["init", "updating", "deleting"], ok: ["active"], failed: [] },
  // `finacialLocked` (sic, docs/cloud-apis.md §4.5) is settled: an overdue account does not unlock by waiting.
  gaAccelerator: {
    transitional: ["init", "configuring", "binding", "unbinding", "deleting"],
    ok: ["active"],
    failed: ["finacialLocked"],
  },
} satisfies Record<string, Lifecycle>;

export type LifecycleName = keyof typeof lifecycles;

export function toneOf(lifecycle: LifecycleName, status: string | undefined): StatusTone {
  const l: Lifecycle = lifecycles[lifecycle];
  if (status === undefined) return "neutral";
  if (l.transitional.includes(status)) return "pending";
  if (l.failed.includes(status)) return "failed";
  return l.ok.includes(status) ? "ok" : "neutral";
}

export function isSettled(lifecycle: LifecycleName, status: string | undefined): boolean {
  return toneOf(lifecycle, status) !== "pending";
}
