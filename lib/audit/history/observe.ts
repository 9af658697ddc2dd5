import "server-only";
import type { Database } from "@/lib/db/database";
import { openOperations, recordObservation } from "./operations-store";
import { OBSERVED_READS, TRACKERS } from "./trackers";

/** Whether a read of this operation can tell the history anything (checked before any work on a poll). */
export function isObservedRead(operationId: string): boolean {
  return OBSERVED_READS.has(operationId);
}

/**
 * Hands one status read's answer (a browser's poll through the proxy, or the watcher's own read) to every open
 * operation it says something about. With nothing open it costs one cached lookup.
 */
export async function observeRead(
  database: Database,
  operationId: string,
  input: Record<string, unknown>,
  result: unknown,
  source: "poll" | "watcher",
  now = Date.now(),
): Promise<void> {
  if (!isObservedRead(operationId)) return;
  const open = [...(await openOperations(database, now))];
  if (open.length === 0) return;
  for (const tracker of TRACKERS) {
    const read = tracker.observes[operationId];
    if (!read) continue;
    const observation = read(input, result);
    for (const [id, op] of open)
      if (
        op.tracker === tracker.name &&
        op.resources.some((r) => observation.statuses.has(r) || observation.covers(r))
      )
        await recordObservation(database, id, observation, source, now);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A status read through the proxy while operations are open: forwarded as is, and its answer recorded for the
 * operations it concerns before it goes back (a failure to record is reported, never the poll's failure).
 */
export async function observedQuery(
  request: Request,
  database: Database,
  operationId: string,
  forward: (request: Request) => Promise<Response>,
): Promise<Response> {
  const body = await request.text();
  const response = await forward(
    new Request(request.url, { method: "POST", headers: request.headers, body, signal: request.signal }),
  );
  if (response.status !== 200) return response;
  try {
    const envelope: unknown = JSON.parse(body);
    const input = isRecord(envelope) && isRecord(envelope.input) ? envelope.input : {};
    const reply: unknown = await response.clone().json();
    if (isRecord(reply)) await observeRead(database, operationId, input, reply.result, "poll");
  } catch (error) {
    console.error(
      `[audit] status of ${operationId} not recorded: ${error instanceof Error ? error.message : error}`,
    );
  }
  return response;
}
