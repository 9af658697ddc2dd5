import type { Clock } from "./clock";

/**
 * How asynchronous states advance (moto's "state manager"):
 * - `timed`: the resource reaches its target state `ms` after the change (default 3 s);
 * - `immediate`: the next look at the resource sees the target state;
 * - `manual`: the target state is reached after `reads` read calls of the owning product.
 * A mode is set for every kind at once or per kind (`multicast-source`, `router-interface`, …).
 */
export type TransitionMode =
  { mode: "timed"; ms: number } | { mode: "immediate" } | { mode: "manual"; reads: number };

/** Stored on the resource (and persisted), so a restart finishes what was in flight. */
export interface Pending {
  kind: string;
  /** The state the resource reaches; `null` means the resource disappears (Deregistering → gone). */
  to: string | null;
  dueAt?: number;
  readsLeft?: number;
}

export interface TransitionUpdate {
  mode: TransitionMode["mode"];
  ms?: number;
  reads?: number;
  kind?: string;
}

export const DEFAULT_TIMED_MS = 3000;
export const DEFAULT_MODE: TransitionMode = { mode: "timed", ms: DEFAULT_TIMED_MS };

export class TransitionEngine {
  private fallback: TransitionMode;
  private readonly perKind = new Map<string, TransitionMode>();

  constructor(
    private readonly clock: Clock,
    initial: TransitionMode = DEFAULT_MODE,
  ) {
    this.fallback = initial;
  }

  modeFor(kind: string): TransitionMode {
    return this.perKind.get(kind) ?? this.fallback;
  }

  /** Applies a control-plane update; without `kind` it replaces every per-kind override. */
  configure(update: TransitionUpdate): void {
    const mode = toMode(update);
    if (update.kind) {
      this.perKind.set(update.kind, mode);
    } else {
      this.perKind.clear();
      this.fallback = mode;
    }
  }

  describe(): { default: TransitionMode; kinds: Record<string, TransitionMode> } {
    return { default: this.fallback, kinds: Object.fromEntries(this.perKind) };
  }

  /** Starts a transition of `kind` towards `to`; the model stores the result on the resource. */
  begin(kind: string, to: string | null): Pending {
    const mode = this.modeFor(kind);
    if (mode.mode === "manual") return { kind, to, readsLeft: mode.reads };
    const delay = mode.mode === "timed" ? mode.ms : 0;
    return { kind, to, dueAt: this.clock.now() + delay };
  }

  /**
   * Whether `pending` has arrived. `isRead` counts one read for manual transitions (call it once per
   * read operation per resource). Switching a kind to `immediate` also completes what is in flight.
   */
  isDue(pending: Pending, isRead: boolean): boolean {
    if (this.modeFor(pending.kind).mode === "immediate") return true;
    if (pending.readsLeft !== undefined) {
      if (isRead) pending.readsLeft -= 1;
      return pending.readsLeft <= 0;
    }
    return pending.dueAt !== undefined && this.clock.now() >= pending.dueAt;
  }
}

function toMode(update: TransitionUpdate): TransitionMode {
  switch (update.mode) {
    case "immediate":
      return { mode: "immediate" };
    case "manual":
      return { mode: "manual", reads: Math.max(0, Math.floor(update.reads ?? 1)) };
    case "timed":
      return { mode: "timed", ms: Math.max(0, Math.floor(update.ms ?? DEFAULT_TIMED_MS)) };
    default:
      throw new Error(`unknown transition mode ${String((update as { mode: unknown }).mode)}`);
  }
}

/** A resource that moves through asynchronous states. */
export interface Transitional {
  status: string;
  pending?: Pending;
}

/**
 * Moves `resource` to its pending target if due. Returns `"gone"` when the target is `null` (the model then
 * deletes the resource), `"moved"` when the status changed, `"unchanged"` otherwise. Models call this for
 * every resource they look at — with `isRead` true once per read operation — before applying any rule.
 */
export function advance(
  resource: Transitional,
  engine: TransitionEngine,
  isRead: boolean,
): "moved" | "gone" | "unchanged" {
  const pending = resource.pending;
  if (!pending) return "unchanged";
  const readsBefore = pending.readsLeft;
  if (!engine.isDue(pending, isRead)) return readsBefore === pending.readsLeft ? "unchanged" : "moved";
  delete resource.pending;
  if (pending.to === null) return "gone";
  resource.status = pending.to;
  return "moved";
}
