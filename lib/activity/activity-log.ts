import "server-only";
import type { OperationDef } from "@/lib/operations/types";
import type { Outcome, ProxyErrorBody, ProxySuccessBody } from "@/lib/proxy/proxy-error";
import { processWide } from "@/lib/server/process-wide";

/**
 * What the console did lately, for the overview: one entry per forwarded mutation (queries are polls and
 * would drown the signal). Entries hold ids, codes, RequestIds and the cloud's own message (which may quote a
 * value the operator sent, as the error panel shows it too) — never the inputs themselves, which may carry origin
 * parameters, and never anything from the signing layer.
 */
export interface ActivityEntry {
  at: string;
  operationId: string;
  cloud: string;
  region: string;
  ok: boolean;
  code?: string;
  message?: string;
  requestId: string;
  httpStatus?: number;
  /** For a failure: whether it may still have been applied (lib/cloud/outcome.ts). */
  outcome?: Outcome;
}

const LIMIT = 200;
const entries: ActivityEntry[] = processWide("activity-log", () => []);

export function recordActivity(event: {
  op: OperationDef;
  region: string;
  outcome: ProxySuccessBody | ProxyErrorBody;
}): void {
  if (event.op.kind !== "mutation") return;
  const base = {
    at: new Date().toISOString(),
    operationId: event.op.id,
    cloud: event.op.cloud,
    region: event.region,
  };
  // A DryRun that passed is reported by the cloud as an error (DryRunOperation) but is a success.
  const failed = "error" in event.outcome && event.outcome.error.code !== "DryRunOperation";
  // Object.assign, not a spread plus keys: this runs on every call (docs/DECISIONS.md, "Hot paths and object spread").
  const entry: ActivityEntry =
    failed && "error" in event.outcome
      ? Object.assign({}, base, {
          ok: false as const,
          code: event.outcome.error.code,
          message: event.outcome.error.message,
          requestId: "requestId" in event.outcome.error ? event.outcome.error.requestId : "",
          httpStatus: "httpStatus" in event.outcome.error ? event.outcome.error.httpStatus : undefined,
          outcome: event.outcome.error.outcome,
        })
      : Object.assign({}, base, { ok: true as const, requestId: requestIdOf(event.outcome) });
  entries.unshift(entry);
  entries.length = Math.min(entries.length, LIMIT);
}

export function recentActivity(): readonly ActivityEntry[] {
  return entries;
}

function requestIdOf(outcome: ProxySuccessBody | ProxyErrorBody): string {
  if ("requestId" in outcome) return outcome.requestId;
  return "requestId" in outcome.error ? outcome.error.requestId : "";
}
