import "server-only";

/**
 * Identical reads that overlap in time share one cloud call ("single flight"). A team's browsers poll the same
 * lists — every open overview asks each region's sessions every few seconds — and the clouds throttle per account
 * (Throttling.User), so the console should not ask the same question twice at the same moment. Only a read that is
 * already on its way is shared: nothing is kept after it answers, so no answer is older than one round trip.
 *
 * Read-after-write on this server: once a change has been answered here, a read that started before it is not
 * joined any more (its answer may predate the change); later callers start a fresh one. See docs/DECISIONS.md.
 */
export class SharedReads {
  private readonly inFlight = new Map<
    string,
    { epoch: number; answer: Promise<unknown>; waiters: number; controller: AbortController }
  >();
  private epoch = 0;

  /**
   * The answer of an identical read already under way (started since the last change), or `read()`'s. A caller's
   * `signal` withdraws only that caller: the read is cancelled when every caller that joined it has withdrawn (a
   * caller without a signal never withdraws), so a poll nobody waits for no longer spends the cloud's rate limit.
   */
  share<T>(key: string, read: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    let entry = this.inFlight.get(key);
    if (!entry || entry.epoch !== this.epoch) {
      const controller = new AbortController();
      const answer = read(controller.signal).finally(() => {
        if (this.inFlight.get(key)?.answer === answer) this.inFlight.delete(key);
      });
      entry = { epoch: this.epoch, answer, waiters: 0, controller };
      this.inFlight.set(key, entry);
    }
    const joined = entry;
    joined.waiters += 1;
    if (signal) {
      const withdraw = () => {
        joined.waiters -= 1;
        if (joined.waiters > 0) return;
        if (this.inFlight.get(key) === joined) this.inFlight.delete(key);
        joined.controller.abort(signal.reason);
      };
      if (signal.aborted) withdraw();
      else {
        signal.addEventListener("abort", withdraw, { once: true });
        void joined.answer
          .finally(() => signal.removeEventListener("abort", withdraw))
          .catch(() => undefined);
      }
    }
    return joined.answer as Promise<T>;
  }

  /** A change was answered: reads already under way may not reflect it, so nobody joins them any more. */
  changed(): void {
    this.epoch += 1;
  }

  /** Reads under way (tests, and the bench's check that nothing is left behind). */
  get size(): number {
    return this.inFlight.size;
  }
}

/** A key that is equal for equal inputs whatever their property order. */
export function readKey(opId: string, region: string, input: unknown): string {
  return `${opId}\u0000${region}\u0000${JSON.stringify(input, sortedKeys)}`;
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The server's one instance: every route call of this process shares through it. */
export const processSharedReads = new SharedReads();
