import type { Clock } from "./clock";

/**
 * Remembers Alibaba signature nonces so a replay inside the clock window is refused (`SignatureNonceUsed`).
 *
 * A request is accepted up to 15 min either side of our clock, so a nonce must be remembered for 30 min after
 * we first saw it. Entries expire in insertion order (same TTL for all), so pruning only looks at the front of
 * the Map: O(1) amortised per request. Memory is bounded by `maxEntries`; past it the oldest nonces are
 * forgotten early (a documented weakening that only matters beyond maxEntries requests per 30 min).
 */
export class NonceStore {
  private readonly seen = new Map<string, number>();
  /**
   * Claims in arrival order, pruned from `head`. A Map's own iteration order would do, but V8 leaves deleted slots
   * in place until the table is rebuilt, so "first live entry" walks every deleted one before it — hundreds of
   * thousands under sustained load. A key claimed again appears twice; the stale copy is skipped by its expiry.
   */
  private order: { key: string; expiresAt: number }[] = [];
  private head = 0;

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = 30 * 60_000,
    private readonly maxEntries = 500_000,
  ) {}

  /** Returns false when the nonce was already used by this key; otherwise records it. */
  claim(accessKeyId: string, nonce: string): boolean {
    const now = this.clock.now();
    this.prune(now);
    const key = `${accessKeyId}\n${nonce}`;
    const expiresAt = this.seen.get(key);
    if (expiresAt !== undefined && expiresAt > now) return false;
    this.seen.set(key, now + this.ttlMs);
    this.order.push({ key, expiresAt: now + this.ttlMs });
    while (this.seen.size > this.maxEntries) this.dropOldest();
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  clear(): void {
    this.seen.clear();
    this.order = [];
    this.head = 0;
  }

  private prune(now: number): void {
    while (this.head < this.order.length && this.order[this.head]!.expiresAt <= now) this.dropOldest();
  }

  private dropOldest(): void {
    const entry = this.order[this.head++];
    if (entry && this.seen.get(entry.key) === entry.expiresAt) this.seen.delete(entry.key);
    // Give the consumed front back once it is most of the array.
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }
}
