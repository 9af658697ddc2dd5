import type { TrafficMirrorSession } from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { isSettled } from "@/lib/status/lifecycles";

/**
 * How long an expectation of our own mutation is kept when the list never shows it: about as long as the poller's
 * own allowance (MAX_POLLS reads at the console's cadence), after which the poller would have stopped anyway.
 */
export const EXPECTATION_MS = 3 * 60_000;

/**
 * What the sessions list still has to show after our own mutations. The status alone is not enough: a list read
 * right after Create may not contain the new session yet, and one right after Delete may still show it as Active.
 * `moving` names everything the list's poller waits for (pollWhileMoving): sessions in transition and expectations
 * not met yet. An expectation is dropped once the list shows it, or after EXPECTATION_MS.
 */
export class SessionWatch {
  private readonly created = new Map<string, number>();
  private readonly gone = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  expectCreated(id: string): void {
    this.created.set(id, this.now());
    this.gone.delete(id);
  }

  expectGone(id: string): void {
    this.gone.set(id, this.now());
    this.created.delete(id);
  }

  moving(sessions: readonly TrafficMirrorSession[]): string[] {
    const present = new Set(sessions.map((s) => s.TrafficMirrorSessionId));
    this.prune(this.created, (id) => present.has(id));
    this.prune(this.gone, (id) => !present.has(id));
    return [
      ...sessions
        .filter((s) => !isSettled("mirrorSession", s.Status))
        .map((s) => `${s.TrafficMirrorSessionId}:${s.Status}`),
      ...[...this.created.keys()].map((id) => `${id}:expected`),
      ...[...this.gone.keys()].map((id) => `${id}:leaving`),
    ];
  }

  private prune(expected: Map<string, number>, isMet: (id: string) => boolean): void {
    const now = this.now();
    for (const [id, since] of expected) if (isMet(id) || now - since >= EXPECTATION_MS) expected.delete(id);
  }
}
