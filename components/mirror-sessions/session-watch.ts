import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { MAX_POLLS } from "@/lib/queries/poll-while";
import { isSettled } from "@/lib/status/lifecycles";

/** List reads after which an expected change is given up: the console's poll limit. */
export const MAX_CHECKS = MAX_POLLS;

/**
 * What the sessions list still has to show after our own mutations. The status alone is not enough: a list read
 * right after Create may not contain the new session yet, and one right after Delete may still show it as Active.
 * Each expectation is dropped once the list shows it, or after MAX_CHECKS looks, so polling always ends.
 */
export class SessionWatch {
  private readonly created = new Map<string, number>();
  private readonly gone = new Map<string, number>();
  private lastReadAt: number | undefined;

  expectCreated(id: string): void {
    this.created.set(id, 0);
    this.gone.delete(id);
  }

  expectGone(id: string): void {
    this.gone.set(id, 0);
    this.created.delete(id);
  }

  /**
   * Whether to keep polling: a session is in a transitional state, or an expectation is not met yet. `readAt`
   * identifies the list read (TanStack's `dataUpdatedAt`): TanStack asks several times per read (renders, fetch
   * start and end), and only a new read counts towards MAX_CHECKS.
   */
  isInFlight(sessions: readonly TrafficMirrorSession[], readAt: number): boolean {
    const present = new Set(sessions.map((s) => s.TrafficMirrorSessionId));
    const isNewRead = readAt !== this.lastReadAt;
    this.lastReadAt = readAt;
    prune(this.created, (id) => present.has(id), isNewRead);
    prune(this.gone, (id) => !present.has(id), isNewRead);
    return (
      this.created.size > 0 ||
      this.gone.size > 0 ||
      sessions.some((s) => !isSettled("mirrorSession", s.Status))
    );
  }
}

function prune(expected: Map<string, number>, isMet: (id: string) => boolean, isNewRead: boolean): void {
  for (const [id, checks] of expected) {
    const counted = isNewRead ? checks + 1 : checks;
    if (isMet(id) || counted >= MAX_CHECKS) expected.delete(id);
    else expected.set(id, counted);
  }
}
