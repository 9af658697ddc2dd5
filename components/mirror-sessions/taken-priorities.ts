import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import { PRIORITY_RANGE, type TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";

/** Priority → id of the session holding it. Sessions still being deleted hold theirs until they are gone. */
export function takenPriorities(sessions: readonly TrafficMirrorSession[]): Map<number, string> {
  const taken = new Map<number, string>();
  for (const s of sessions) if (!taken.has(s.Priority)) taken.set(s.Priority, s.TrafficMirrorSessionId);
  return taken;
}

/** The lowest priority nobody holds, or undefined when every one of the catalog's range is taken. */
export function firstFreePriority(taken: ReadonlyMap<number, string>): number | undefined {
  for (let p = PRIORITY_RANGE.min; p <= PRIORITY_RANGE.max; p++) if (!taken.has(p)) return p;
  return undefined;
}

/**
 * What the priority field offers after a session was created with `used`: the next free priority above it (the
 * operator creating several sessions in a row usually counts upwards), else the lowest free one; undefined when
 * the range is full. `used` counts as taken even before the list refetches and shows the new session.
 */
export function nextFreePriority(
  taken: ReadonlyMap<number, string> | null,
  used: number,
): number | undefined {
  const nowTaken = new Map(taken ?? []);
  nowTaken.set(used, "");
  for (let p = used + 1; p <= PRIORITY_RANGE.max; p++) if (!nowTaken.has(p)) return p;
  return firstFreePriority(nowTaken);
}

/** The taken priorities in ascending order, cut at `limit` so a long list stays readable. */
export function summarizeTaken(
  taken: ReadonlyMap<number, string>,
  limit = 15,
): { shown: number[]; more: number } {
  const sorted = [...taken.keys()].sort((a, b) => a - b);
  return { shown: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}

/**
 * The catalog schema's resolver plus the one rule it cannot know: a priority already held by a session of the
 * region (the cloud would answer 409 `InvalidTrafficMirrorSessionPriority.Conflict`). The schema runs first, so an
 * out-of-range value gets the range message; only a valid but taken priority gets `message`. `taken` is null
 * while the list loads (nothing to check yet — the cloud still has the last word).
 */
export function refuseTakenPriority<Values extends FieldValues & { Priority?: unknown }, Context, Output>(
  base: Resolver<Values, Context, Output>,
  taken: ReadonlyMap<number, string> | null,
  message: (priority: number, session: string) => string,
): Resolver<Values, Context, Output> {
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const priority = values.Priority;
    const holder = typeof priority === "number" ? taken?.get(priority) : undefined;
    if (holder === undefined || typeof priority !== "number" || "Priority" in result.errors) return result;
    const errors = {
      ...result.errors,
      Priority: { type: "taken", message: message(priority, holder) },
    } as FieldErrors<Values>;
    return { values: {}, errors };
  };
}
