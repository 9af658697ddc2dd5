import { AccountSettings } from "./account";
import type { Clock } from "./clock";
import { IdempotencyStore, type IdempotencyRecord } from "./idempotency";
import type { AnyProduct, ModelContext } from "./product";
import { resourceId } from "./resource-ids";
import type { StateStore } from "./persistence";
import type { TransitionEngine } from "./transitions";
import type { AccountState } from "./account";

/** What `state.json` holds. Bump `format` when a product's state shape changes incompatibly. */
export interface WorldSnapshot {
  format: 1;
  savedAt: string;
  account: AccountState;
  idempotency: [string, IdempotencyRecord][];
  products: Record<string, unknown>;
}

/**
 * Every product's state and model, the account conditions and the ClientToken memory — everything that
 * is persisted and everything `reset` restores.
 */
export class World {
  readonly account: AccountSettings;
  readonly idempotency: IdempotencyStore;
  private states = new Map<string, unknown>();
  private backends = new Map<string, unknown>();
  private readonly ctx: ModelContext;

  constructor(
    private readonly products: readonly AnyProduct[],
    readonly clock: Clock,
    readonly transitions: TransitionEngine,
    private readonly store: StateStore,
  ) {
    const flags = Object.assign({}, ...products.map((p) => p.account?.flags ?? {}));
    const quotas = Object.assign({}, ...products.map((p) => p.account?.quotas ?? {}));
    this.account = new AccountSettings({ flags, quotas });
    this.idempotency = new IdempotencyStore(clock);
    this.ctx = {
      clock,
      transitions,
      account: this.account,
      changed: () => this.changed(),
      backend: <T>(key: string) => this.backend<T>(key),
      newId: resourceId,
    };
  }

  /** Loads the persisted world, or seeds a fresh one (and saves it) when there is none. */
  open(): void {
    const saved = this.store.load() as WorldSnapshot | undefined;
    if (saved && saved.format === 1) {
      this.account.restore(saved.account);
      this.idempotency.restore(saved.idempotency);
      this.states = new Map();
      for (const product of this.products) {
        this.states.set(product.key, saved.products[product.key] ?? product.seed(this.ctx));
      }
      this.backends.clear();
      return;
    }
    this.reset();
  }

  /** Back to the seeded demo world: every product reseeded, account defaults, tokens forgotten. */
  reset(): void {
    this.account.reset();
    this.idempotency.clear();
    this.backends.clear();
    this.states = new Map();
    for (const product of this.products) this.states.set(product.key, product.seed(this.ctx));
    this.changed();
  }

  backend<T>(key: string): T {
    let backend = this.backends.get(key);
    if (backend === undefined) {
      const product = this.products.find((p) => p.key === key);
      if (!product) throw new Error(`no emulator product "${key}"`);
      backend = product.backend(this.states.get(key), this.ctx);
      this.backends.set(key, backend);
    }
    return backend as T;
  }

  /** Kinds some product can populate (`POST /_emulator/populate`). */
  populateKinds(): string[] {
    return this.products.flatMap((p) => Object.keys(p.populate ?? {}));
  }

  /** Adds `count` settled resources of `kind` in `region` (load tests); returns their ids. */
  populate(kind: string, region: string, count: number): string[] {
    const product = this.products.find((p) => p.populate && Object.hasOwn(p.populate, kind));
    if (!product) throw new Error(`kind must be one of ${this.populateKinds().join(", ")}`);
    const ids = product.populate![kind]!(this.backend(product.key), this.ctx, region, count);
    this.changed();
    return ids;
  }

  /** Completes due transitions everywhere (no read counted) — for the debugging dump. */
  settleAll(): void {
    for (const product of this.products) product.settle?.(this.backend(product.key));
  }

  changed(): void {
    this.store.schedule(() => this.snapshot());
  }

  snapshot(): WorldSnapshot {
    return {
      format: 1,
      savedAt: new Date(this.clock.now()).toISOString(),
      account: this.account.snapshot(),
      idempotency: this.idempotency.snapshot(),
      products: Object.fromEntries(this.states),
    };
  }
}
