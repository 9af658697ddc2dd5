/**
 * Account-level conditions the clouds check (overdue bills, quotas), switchable through
 * `POST /_emulator/account`. Products declare their flags and quotas with defaults; the control plane
 * refuses names nobody declared so a typo cannot silently do nothing.
 */
export interface AccountDeclarations {
  flags?: Record<string, { default: boolean; description: string }>;
  quotas?: Record<string, { default: number; description: string }>;
}

export interface AccountState {
  flags: Record<string, boolean>;
  quotas: Record<string, number>;
}

export interface AccountUpdate {
  flags?: Record<string, unknown>;
  quotas?: Record<string, unknown>;
}

export class AccountSettings {
  private state: AccountState = { flags: {}, quotas: {} };

  constructor(private readonly declared: AccountDeclarations) {
    this.reset();
  }

  reset(): void {
    this.state = {
      flags: Object.fromEntries(Object.entries(this.declared.flags ?? {}).map(([k, d]) => [k, d.default])),
      quotas: Object.fromEntries(Object.entries(this.declared.quotas ?? {}).map(([k, d]) => [k, d.default])),
    };
  }

  flag(name: string): boolean {
    if (!Object.hasOwn(this.state.flags, name)) throw new Error(`account flag ${name} is not declared`);
    return this.state.flags[name]!;
  }

  quota(name: string): number {
    if (!Object.hasOwn(this.state.quotas, name)) throw new Error(`account quota ${name} is not declared`);
    return this.state.quotas[name]!;
  }

  update(update: AccountUpdate): void {
    const next: AccountState = { flags: { ...this.state.flags }, quotas: { ...this.state.quotas } };
    for (const [name, value] of Object.entries(update.flags ?? {})) {
      // Names come from the control plane's JSON: only declared ones, never what every object inherits.
      if (!Object.hasOwn(next.flags, name)) throw new Error(`unknown account flag "${name}"`);
      if (typeof value !== "boolean") throw new Error(`account flag "${name}" must be a boolean`);
      next.flags[name] = value;
    }
    for (const [name, value] of Object.entries(update.quotas ?? {})) {
      if (!Object.hasOwn(next.quotas, name)) throw new Error(`unknown account quota "${name}"`);
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
        throw new Error(`account quota "${name}" must be a non-negative integer`);
      }
      next.quotas[name] = value;
    }
    this.state = next;
  }

  snapshot(): AccountState {
    return { flags: { ...this.state.flags }, quotas: { ...this.state.quotas } };
  }

  /** Restores a persisted snapshot, keeping defaults for names declared since it was written. */
  restore(saved: AccountState | undefined): void {
    this.reset();
    if (!saved) return;
    for (const [k, v] of Object.entries(saved.flags ?? {}))
      if (Object.hasOwn(this.state.flags, k)) this.state.flags[k] = v;
    for (const [k, v] of Object.entries(saved.quotas ?? {}))
      if (Object.hasOwn(this.state.quotas, k)) this.state.quotas[k] = v;
  }

  describe(): AccountState & { declared: AccountDeclarations } {
    return { ...this.snapshot(), declared: this.declared };
  }
}
