import type { AuditOutcome, RefusalReason } from "./audit-types";

export interface ReplyOutcome {
  outcome: AuditOutcome;
  reason: RefusalReason | null;
  errorCode: string | null;
  errorMessage: string | null;
  requestId: string | null;
  httpStatus: number;
  /** A DryRun the cloud accepted (it answers with DryRunOperation). */
  dryRunPassed: boolean;
}

/** Transport failures after which the cloud may have applied the request: timeout, answer cut off, caller gone. */
const MAY_HAVE_APPLIED = new Set(["RequestTimeout", "RequestAborted", "InvalidResponse"]);
/** A NetworkError whose cause shows the connection never opened (lib/cloud/call-operation.ts NOT_SENT_CAUSES). */
const NOT_SENT = /\((ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT|EHOSTUNREACH|ENETUNREACH)\)/;

interface ErrorBody {
  source?: unknown;
  code?: unknown;
  message?: unknown;
  requestId?: unknown;
  httpStatus?: unknown;
  outcome?: unknown;
}

const text = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * The audit outcome of a proxy reply, read from what the browser gets (status and body), so it holds whichever
 * error shape the proxy writes. An `outcome` field in the error (refused / unavailable / unknown) is believed
 * first; without it: validation and request refusals, a role refusal, the cloud's 4xx → refused; a timeout, a
 * reset or an unreadable answer → unknown (the change may have been applied); the cloud's 5xx, a connection that
 * never opened, the console's own configuration → failed.
 */
export function outcomeOfReply(status: number, body: unknown): ReplyOutcome {
  const base = { httpStatus: status, dryRunPassed: false };
  const error = (body as { error?: ErrorBody } | null)?.error;
  if (!error || typeof error !== "object") {
    const requestId = text((body as { requestId?: unknown } | null)?.requestId);
    if (status >= 200 && status < 300)
      return { ...base, outcome: "ok", reason: null, errorCode: null, errorMessage: null, requestId };
    return {
      ...base,
      outcome: "unknown",
      reason: null,
      errorCode: `HTTP${status}`,
      errorMessage: null,
      requestId,
    };
  }
  const code = text(error.code);
  const described = {
    ...base,
    errorCode: code,
    errorMessage: text(error.message),
    requestId: text(error.requestId) || null,
  };
  if (code === "DryRunOperation")
    return {
      ...described,
      outcome: "ok",
      reason: null,
      errorCode: null,
      errorMessage: null,
      dryRunPassed: true,
    };
  const source = text(error.source);
  const declared = text(error.outcome);
  if (declared === "unknown") return { ...described, outcome: "unknown", reason: null };
  if (declared === "unavailable") return { ...described, outcome: "failed", reason: null };
  if (source === "validation") return { ...described, outcome: "refused", reason: "validation" };
  if (source === "auth") return { ...described, outcome: "refused", reason: "role" };
  if (source === "request") return { ...described, outcome: "refused", reason: "request" };
  if (source === "config") return { ...described, outcome: "failed", reason: null };
  if (source === "cloud") {
    if (declared === "refused") return { ...described, outcome: "refused", reason: "cloud" };
    if (code && MAY_HAVE_APPLIED.has(code)) return { ...described, outcome: "unknown", reason: null };
    if (code === "NetworkError")
      return {
        ...described,
        outcome: NOT_SENT.test(described.errorMessage ?? "") ? "failed" : "unknown",
        reason: null,
      };
    const cloudStatus = typeof error.httpStatus === "number" ? error.httpStatus : status;
    if (cloudStatus >= 400 && cloudStatus < 500) return { ...described, outcome: "refused", reason: "cloud" };
    return { ...described, outcome: "failed", reason: null };
  }
  // An answer of the route itself we do not know (a crash): the call may have gone out.
  return { ...described, outcome: status >= 500 ? "unknown" : "failed", reason: null };
}
