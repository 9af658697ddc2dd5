/**
 * Status lifecycles of the resources the console watches (docs/cloud-apis.md §2.2, §2.5, §3.2, §4.2, §6.2, §6.3). Polling
 * stops on a settled status; `failed` statuses are settled too but shown as failures. Components ask `isOk` rather
 * than compare a status word, so a lifecycle is written down once.
 */
export type StatusTone = "ok" | "neutral" | "pending" | "failed";

interface Lifecycle {
  transitional: readonly string[];
  ok: readonly string[];
  failed: readonly string[];
}

export const lifecycles = {
  multicastSource: { transitional: ["Registering", "Deregistering"], ok: ["Registered"], failed: [] },
  // A vSwitch's association with a multicast domain: only an ENI on an Associated vSwitch can become a source (§2.5).
  multicastAssociation: { transitional: ["Associating", "Dissociating"], ok: ["Associated"], failed: [] },
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
  // Mirror targets and filters are usable once Available (Terraform's ready state, §6.3).
  mirrorTargetOrFilter: { transitional: ["Creating"], ok: ["Available"], failed: [] },
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

/** The status is the lifecycle's working state (Registered, Active, Available…): the resource can be acted on. */
export function isOk(lifecycle: LifecycleName, status: string | undefined): boolean {
  return toneOf(lifecycle, status) === "ok";
}
