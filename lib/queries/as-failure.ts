import { OperationFailure } from "./operation-failure";

/**
 * Any error a query rejected with, as an OperationFailure the error panel can show: what the proxy route said, or
 * — for anything else thrown on the way (a bug, a non-JSON reply) — a request failure carrying its message.
 */
export function asFailure(error: unknown): OperationFailure {
  if (error instanceof OperationFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new OperationFailure(0, { source: "request", code: "UnexpectedError", message, outcome: "unknown" });
}
