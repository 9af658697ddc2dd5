import type { OperationFailure } from "@/lib/queries/operation-failure";

/**
 * The four things a failed call can mean to the operator, each worded once in the error panel:
 * - `validation`: refused before sending (our schema); nothing was sent.
 * - `config`: the console itself is not configured to call the cloud; nothing was sent.
 * - `refused`: the cloud (or the console's guard) answered no; nothing changed.
 * - `unavailable`: the cloud, or the console's server, did not take the request; nothing changed, retry is safe.
 * - `unknown`: the request was sent and no clear answer came; it may have been applied.
 * The route's `outcome` field (lib/cloud/outcome.ts) decides; a reply without one (a non-JSON 5xx) is unclear.
 */
export type OutcomeClass = "validation" | "config" | "refused" | "unavailable" | "unknown";

export function outcomeClassOf(failure: OperationFailure): OutcomeClass {
  const { detail } = failure;
  if (detail.source === "validation") return "validation";
  if (detail.source === "config") return "config";
  return detail.outcome ?? "unknown";
}
