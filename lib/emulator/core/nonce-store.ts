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
    if (expiresAt !== undefined) {
      if (expiresAt > now) return false;
      this.seen.delete(key); // re-inserted at the back, so the front stays the oldest
    }
    this.seen.set(key, now + this.ttlMs);
    while (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value as string;
      this.seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  clear(): void {
    this.seen.clear();
  }

  private prune(now: number): void {
    for (const [key, expiresAt] of this.seen) {
      if (expiresAt > now) break;
      this.seen.delete(key);
    }
  }
}
