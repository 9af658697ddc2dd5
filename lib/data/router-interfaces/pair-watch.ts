import type { RouterInterfaceStatus } from "@/lib/operations/vpc/router-interface";
import { isOk, isSettled } from "@/lib/status/lifecycles";

/** One side as read so far (`undefined` until its first read answers, or when there is no opposite side). */
type Side = { Status: RouterInterfaceStatus } | undefined;

const isMoving = (side: Side) => side !== undefined && !isSettled("routerInterface", side.Status);

/** The cloud has visibly started on a Connect: a side is in transition, or already Active. */
export function hasConnectStarted(sides: readonly Side[]): boolean {
  return sides.some((side) => isMoving(side) || isOk("routerInterface", side?.Status));
}

/**
 * Whether the pair view keeps reading both sides: while either side is in transition — both are read until both
 * are settled, since one side often settles first — and, right after a Connect, until the cloud has visibly
 * started on it (for a moment both sides can still read Idle). The poll limit (MAX_POLLS) ends a wait for a start
 * that never shows.
 */
export function isPairInFlight(sides: readonly Side[], awaitingStart: boolean): boolean {
  return awaitingStart || sides.some(isMoving);
}
