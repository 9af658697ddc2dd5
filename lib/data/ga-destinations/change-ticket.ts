import { nextPollDelay } from "@/lib/queries/poll-while";
import type { Blocker } from "./accelerator-blockers";

/** The change was cancelled before it was sent: nothing reached the cloud. */
export class QueueCancelledError extends Error {
  constructor() {
    super("Cancelled before it was sent.");
    this.name = "QueueCancelledError";
  }
}

/** Something of the accelerator is still applying an earlier change: this one waits (TanStack retries it). */
export class AcceleratorBusy extends Error {
  constructor(readonly blockers: readonly Blocker[]) {
    super("The accelerator is busy.");
    this.name = "AcceleratorBusy";
  }
}

/**
 * The cloud refused the send as busy (something we could not see became busy after our check: another tab, another
 * tool). Nothing was changed, so the change waits again and is resent.
 */
export class RefusedAsBusy extends Error {
  constructor(readonly refusal: unknown) {
    super("The cloud answered busy.");
    this.name = "RefusedAsBusy";
  }
}

/** The tab is hidden: the change checks nothing until it is visible again (TanStack pauses the retry till then). */
export class NotVisible extends Error {
  constructor() {
    super("The page is hidden.");
    this.name = "NotVisible";
  }
}

/** How many busy refusals one change absorbs before it fails with the cloud's error. */
export const MAX_BUSY_REFUSALS = 5;

/**
 * One queued change's own state, beside what TanStack keeps (turn, retries, result): whether it may still be
 * cancelled (until it is sent — once sent, the cloud owns it), whether it had to wait (worth showing), and when to
 * look at the accelerator again (the console's polling cadence, counted from the change's turn).
 */
export class ChangeTicket {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;
  sent = false;
  busyRefusals = 0;
  private startedAt: number | undefined;
  private lastDelay: number | undefined;
  private nextCheckAt = 0;

  /** `queued`: another change of the accelerator was pending when this one was submitted. */
  constructor(public hasWaited = false) {}

  get cancelled(): boolean {
    return this.signal.aborted;
  }

  /** Cancels the change unless it is being sent; returns whether it was cancelled. */
  cancel(): boolean {
    if (this.sent || this.cancelled) return false;
    this.controller.abort();
    return true;
  }

  /** Rejects with QueueCancelledError when the change is cancelled (never resolves otherwise). */
  whenCancelled(): Promise<never> {
    return new Promise((_, reject) => {
      const onAbort = () => reject(new QueueCancelledError());
      if (this.cancelled) return onAbort();
      this.signal.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** How long to wait before the next look at the accelerator (0 for the first, or when one is overdue). */
  waitBeforeCheck(now: number): number {
    this.startedAt ??= now;
    return Math.max(0, this.nextCheckAt - now);
  }

  /** Something blocked the change (or the cloud refused it as busy): schedule the next look at the cadence. */
  mustWait(now: number): void {
    this.hasWaited = true;
    this.lastDelay = nextPollDelay(now - (this.startedAt ?? now), this.lastDelay);
    this.nextCheckAt = now + this.lastDelay;
  }

  /** Marks the change as sent, unless it was cancelled first (then it must not be sent). */
  markSent(): boolean {
    if (this.cancelled) return false;
    this.sent = true;
    return true;
  }

  /** The cloud refused the send as busy: nothing happened, so the change is unsent and cancellable again. */
  refusedAsBusy(now: number): void {
    this.sent = false;
    this.busyRefusals += 1;
    this.mustWait(now);
  }
}
