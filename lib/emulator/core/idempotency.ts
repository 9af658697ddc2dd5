import { createHash } from "node:crypto";
import { VendorError } from "./vendor-error";
import type { Input } from "./wire-input";

export interface IdempotencyRecord {
  fingerprint: string;
  result: unknown;
}

/**
 * ClientToken memory (apis.md §1.6): same token + same parameters → the original result and nothing new;
 * same token + other parameters → `IdempotentParameterMismatch`. Only successful calls are remembered
 * (a failed call did not happen, so retrying it must run again). Bounded: the oldest tokens go first.
 */
export class IdempotencyStore {
  private readonly records = new Map<string, IdempotencyRecord>();

  constructor(private readonly maxEntries = 10_000) {}

  /** Runs `execute` once per (operation, token); replays or refuses later calls with the same token. */
  run<T>(operationId: string, token: string | undefined, input: Input, execute: () => T): T {
    if (!token) return execute();
    const key = `${operationId}\n${token}`;
    const fingerprint = fingerprintOf(input);
    const previous = this.records.get(key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) {
        throw new VendorError(
          400,
          "IdempotentParameterMismatch",
          "The request uses the same client token as a previous, but non-identical request.",
        );
      }
      return structuredClone(previous.result) as T;
    }
    const result = execute();
    this.records.set(key, { fingerprint, result: structuredClone(result) });
    if (this.records.size > this.maxEntries) this.records.delete(this.records.keys().next().value as string);
    return result;
  }

  snapshot(): [string, IdempotencyRecord][] {
    return [...this.records];
  }

  restore(saved: [string, IdempotencyRecord][] | undefined): void {
    this.records.clear();
    for (const [k, v] of saved ?? []) this.records.set(k, v);
  }

  clear(): void {
    this.records.clear();
  }
}

/** Hash of the order-independent JSON of the parameters, without the token itself (kept small: it is persisted). */
export function fingerprintOf(input: Input): string {
  const rest = { ...input };
  delete rest.ClientToken;
  return createHash("sha1").update(stableJson(rest)).digest("base64");
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value as Record<string, unknown>).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
