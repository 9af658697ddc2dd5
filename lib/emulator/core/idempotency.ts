import * as nodeCrypto from "node:crypto";
import type { Clock } from "./clock";
import { VendorError } from "./vendor-error";
import type { Input } from "./wire-input";

export interface IdempotencyRecord {
  fingerprint: string;
  result: unknown;
  /** When the first request was accepted (clock ms); absent in records saved before it was kept. */
  at?: number;
}

/** What the vendor adds to the rule for one operation (see ProductModule.clientTokens). */
export interface ReplayRules {
  /** Part of the request that is not a parameter, e.g. Volcengine's credential-scope region. */
  scope?: string;
  /** The vendor's "same token, other parameters" error; Alibaba's IdempotentParameterMismatch otherwise. */
  mismatch?: () => VendorError;
  /** A repeat with the same parameters: throw to refuse it, or return the body to answer (default: the first). */
  replay?: (first: unknown, acceptedAt: number) => unknown;
}

const aliyunMismatch = () =>
  new VendorError(
    400,
    "IdempotentParameterMismatch",
    "The request uses the same client token as a previous, but non-identical request.",
  );

/**
 * ClientToken memory (docs/cloud-apis.md §1.6): same token + same parameters → the original result and nothing new;
 * same token + other parameters → `IdempotentParameterMismatch`. Only successful calls are remembered
 * (a failed call did not happen, so retrying it must run again). Bounded: the oldest tokens go first.
 */
export class IdempotencyStore {
  private readonly records = new Map<string, IdempotencyRecord>();
  // The keys in insertion order (= the Map's), oldest at `head`. Finding the oldest with records.keys().next()
  // walks over every entry deleted since V8 last compacted the Map: thousands per call once the memory is full.
  private order: string[] = [];
  private head = 0;

  constructor(
    private readonly clock: Clock,
    private readonly maxEntries = 10_000,
  ) {}

  /** Runs `execute` once per (operation, token); replays or refuses later calls with the same token. */
  run<T>(
    operationId: string,
    token: string | undefined,
    input: Input,
    execute: () => T,
    rules: ReplayRules = {},
  ): T {
    if (!token) return execute();
    const key = `${operationId}\n${token}`;
    const params = fingerprintOf(input);
    const fingerprint = rules.scope === undefined ? params : `${params}@${rules.scope}`;
    const previous = this.records.get(key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) throw (rules.mismatch ?? aliyunMismatch)();
      const first = cloneResult(previous.result);
      return (rules.replay ? rules.replay(first, previous.at ?? 0) : first) as T;
    }
    const result = execute();
    this.records.set(key, { fingerprint, result: cloneResult(result), at: this.clock.now() });
    this.order.push(key);
    if (this.records.size > this.maxEntries) {
      this.records.delete(this.order[this.head++] as string);
      if (this.head > 1024 && this.head * 2 > this.order.length) {
        this.order = this.order.slice(this.head);
        this.head = 0;
      }
    }
    return result;
  }

  snapshot(): [string, IdempotencyRecord][] {
    return [...this.records];
  }

  restore(saved: [string, IdempotencyRecord][] | undefined): void {
    this.records.clear();
    for (const [k, v] of saved ?? []) this.records.set(k, v);
    this.order = [...this.records.keys()];
    this.head = 0;
  }

  clear(): void {
    this.records.clear();
    this.order = [];
    this.head = 0;
  }
}

/** Hash of the order-independent JSON of the parameters, without the token itself (kept small: it is persisted). */
export function fingerprintOf(input: Input): string {
  const json = stableJson(input, "ClientToken");
  return oneShotHash
    ? oneShotHash("sha1", json, "base64")
    : nodeCrypto.createHash("sha1").update(json).digest("base64");
}

// One-shot hashing where node has it (≥ 20.12): no Hash object per call. Same digest either way.
const oneShotHash = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: "base64") => string })
  .hash;

/** Sorted-key JSON; `skipKey` is left out at the top level only. */
function stableJson(value: unknown, skipKey?: string): string {
  if (Array.isArray(value)) return `[${value.map((v) => stableJson(v)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value as Record<string, unknown>).sort();
    let out = "";
    for (const k of keys) {
      if (k === skipKey) continue;
      out += `${out === "" ? "" : ","}${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`;
    }
    return `{${out}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Results are copied in and out of the memory; most mutations answer `{}`, which needs no structuredClone. */
function cloneResult<T>(result: T): T {
  if (
    result !== null &&
    typeof result === "object" &&
    Object.getPrototypeOf(result) === Object.prototype &&
    Object.keys(result).length === 0
  ) {
    return {} as T;
  }
  return structuredClone(result);
}
