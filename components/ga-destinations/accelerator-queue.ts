import { pollInterval } from "@/lib/status/poll-interval";

/**
 * Client-side queue of destination changes, one lane per accelerator.
 *
 * Why: GA refuses a destination change while anything of the same accelerator is still applying the previous one
 * ("does not support concurrent creation … within the same GA instance", docs/cloud-apis.md §4.1) and answers
 * `StateError.EndPointGroup`. Instead of surfacing that refusal, each change waits its turn: jobs of one
 * accelerator run one after the other, and before sending, a job polls until the accelerator and every endpoint
 * group of it are settled. A job can be cancelled until it is sent; once sent, the cloud owns it.
 */

/** Something that keeps the accelerator from taking a change now. */
export interface Blocker {
  kind: "accelerator" | "listener" | "endpoint-group";
  id: string;
  name?: string;
  state: string;
}

export type JobPhase = "queued" | "waiting" | "sending";

export interface QueueJobView {
  id: number;
  acceleratorId: string;
  /** Caller's description of the change (already translated). */
  label: string;
  phase: JobPhase;
  /** While `waiting`: what the job waits for. */
  blockers: readonly Blocker[];
  /** While `queued`: how many earlier jobs of the same accelerator are ahead. */
  ahead: number;
  /** It had to wait (behind another job, for a blocker, or after a busy refusal) — worth showing to the operator. */
  hasWaited: boolean;
}

export interface QueueDeps {
  /** Reads what currently blocks changes on the accelerator; empty = a change may be sent now. */
  blockers(acceleratorId: string, signal: AbortSignal): Promise<Blocker[]>;
  /** Waits `ms`; rejects when `signal` aborts. Injected so tests control time. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  /**
   * A send the cloud refused because something became busy after our check (another tab, another tool):
   * wait again and resend instead of failing.
   */
  isBusyRefusal?(error: unknown): boolean;
  /** Delay before the n-th re-check (n from 0). Defaults to the console's poll cadence. */
  pollDelay?(attempt: number): number;
  /** How many busy refusals one job absorbs before giving up with the cloud's error. */
  maxBusyRetries?: number;
}

/** The job was cancelled before it was sent: nothing reached the cloud. */
export class QueueCancelledError extends Error {
  constructor() {
    super("Cancelled before it was sent.");
    this.name = "QueueCancelledError";
  }
}

interface Job {
  view: QueueJobView;
  abort: AbortController;
}

export class AcceleratorQueue {
  private readonly jobs = new Map<number, Job>();
  /** Per accelerator: settles once its last enqueued job and every job before it are over. */
  private readonly lanes = new Map<string, Promise<unknown>>();
  private readonly listeners = new Set<() => void>();
  private snapshot: readonly QueueJobView[] = [];
  private nextId = 1;

  constructor(private readonly deps: QueueDeps) {}

  /**
   * Queues `send` behind the accelerator's earlier jobs; it runs once nothing blocks the accelerator.
   * Resolves with what `send` resolves; rejects with its error or with QueueCancelledError.
   */
  enqueue<T>(acceleratorId: string, label: string, send: () => Promise<T>): { id: number; done: Promise<T> } {
    const id = this.nextId++;
    const job: Job = {
      view: { id, acceleratorId, label, phase: "queued", blockers: [], ahead: 0, hasWaited: false },
      abort: new AbortController(),
    };
    this.jobs.set(id, job);
    this.publish();
    const previous = this.lanes.get(acceleratorId) ?? Promise.resolve();
    const done = untilSettledOrCancelled(previous, job.abort.signal)
      .then(() => this.run(job, send))
      .finally(() => this.finish(job));
    // The lane frees up only when this job AND everything before it are over: a job cancelled while
    // queued must not let the next one overtake a change that is still being sent.
    this.lanes.set(acceleratorId, Promise.allSettled([previous, done]));
    return { id, done };
  }

  /** Cancels a job that has not been sent yet. Returns false when it is unknown or already sending. */
  cancel(id: number): boolean {
    const job = this.jobs.get(id);
    if (!job || job.view.phase === "sending") return false;
    job.abort.abort();
    return true;
  }

  /** Cancels every job not yet sent (the page is going away). */
  cancelAll(): void {
    for (const job of this.jobs.values()) if (job.view.phase !== "sending") job.abort.abort();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stable between changes (for useSyncExternalStore); oldest job first. */
  getSnapshot = (): readonly QueueJobView[] => this.snapshot;

  private async run<T>(job: Job, send: () => Promise<T>): Promise<T> {
    const { signal } = job.abort;
    const delay = this.deps.pollDelay ?? ((n: number) => pollInterval(true, n) as number);
    let busyRefusals = 0;
    for (;;) {
      for (let attempt = 0; ; attempt++) {
        const blockers = await cancellable(signal, () => this.deps.blockers(job.view.acceleratorId, signal));
        if (blockers.length === 0) break;
        this.update(job, { phase: "waiting", blockers, hasWaited: true });
        await cancellable(signal, () => this.deps.sleep(delay(attempt), signal));
      }
      // From here the request may reach the cloud, so it can no longer be cancelled.
      this.update(job, { phase: "sending", blockers: [] });
      try {
        return await send();
      } catch (error) {
        const maxRetries = this.deps.maxBusyRetries ?? 5;
        if (!this.deps.isBusyRefusal?.(error) || busyRefusals >= maxRetries) throw error;
        // Something we could not see became busy first: back off a poll interval before checking again.
        this.update(job, { phase: "queued", blockers: [], hasWaited: true });
        await cancellable(signal, () => this.deps.sleep(delay(busyRefusals), signal));
        busyRefusals += 1;
      }
    }
  }

  private finish(job: Job): void {
    this.jobs.delete(job.view.id);
    this.publish();
  }

  private update(job: Job, change: Partial<QueueJobView>): void {
    job.view = { ...job.view, ...change };
    this.publish();
  }

  private publish(): void {
    const all = [...this.jobs.values()];
    this.snapshot = all.map((j) => {
      const ahead = all.filter(
        (o) => o.view.acceleratorId === j.view.acceleratorId && o.view.id < j.view.id,
      ).length;
      if (j.view.ahead !== ahead) j.view = { ...j.view, ahead, hasWaited: j.view.hasWaited || ahead > 0 };
      return j.view;
    });
    for (const listener of this.listeners) listener();
  }
}

/** Runs `step`; if the job was cancelled meanwhile, whatever it returned or threw becomes a cancellation. */
async function cancellable<T>(signal: AbortSignal, step: () => Promise<T>): Promise<T> {
  throwIfCancelled(signal);
  try {
    const value = await step();
    throwIfCancelled(signal);
    return value;
  } catch (error) {
    throwIfCancelled(signal);
    throw error;
  }
}

/** Resolves when `previous` settles; rejects at once with QueueCancelledError when `signal` aborts first. */
function untilSettledOrCancelled(previous: Promise<unknown>, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new QueueCancelledError());
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    previous.then(
      () => (signal.removeEventListener("abort", onAbort), resolve()),
      () => (signal.removeEventListener("abort", onAbort), resolve()),
    );
  });
}

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new QueueCancelledError();
}

/** Real-time sleep that stops early (rejecting) when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new QueueCancelledError());
    const timer = setTimeout(() => (signal.removeEventListener("abort", onAbort), resolve()), ms);
    function onAbort() {
      clearTimeout(timer);
      reject(new QueueCancelledError());
    }
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
