import type { ResourceKind } from "./overview-types";

/** Every kind the overview summarizes, in the order it shows them. */
export const OVERVIEW_KINDS: readonly ResourceKind[] = [
  "multicastSources",
  "routerInterfaces",
  "mirrorSessions",
  "gaDestinations",
  "relaySources",
];

export function isOverviewKind(value: string): value is ResourceKind {
  return (OVERVIEW_KINDS as readonly string[]).includes(value);
}

/**
 * The overview kind an operation of the history belongs to, by its tracker (lib/audit/history/trackers.ts), so a
 * page that learns from the history that an operation started or ended re-reads that kind's lists only.
 */
export const KIND_OF_TRACKER: Readonly<Record<string, ResourceKind>> = {
  multicastSource: "multicastSources",
  routerInterface: "routerInterfaces",
  mirrorSession: "mirrorSessions",
  gaEndpointGroup: "gaDestinations",
};
