import { createHash } from "node:crypto";
import type { AuditEventRow } from "./audit-tables";

/** The previous hash of the first event of a store. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * Every column of an event except its own hash, in a fixed order: the canonical content is this list as a JSON
 * array (values as stored, null for absent), so the hash never depends on key order or on the engine.
 */
const HASHED_FIELDS = [
  "seq",
  "id",
  "at",
  "actor",
  "actor_type",
  "actor_id",
  "actor_role",
  "client_ip",
  "user_agent",
  "action",
  "phase",
  "ref",
  "cloud",
  "region",
  "resources",
  "input",
  "outcome",
  "reason",
  "error_code",
  "error_message",
  "request_id",
  "client_token",
  "latency_ms",
  "detail",
  "instance",
  "prev_hash",
] as const satisfies readonly (keyof AuditEventRow)[];

export type UnhashedRow = Omit<AuditEventRow, "hash">;

export function canonicalContent(row: UnhashedRow): string {
  return JSON.stringify(HASHED_FIELDS.map((field) => row[field] ?? null));
}

/** SHA-256 over the canonical content, which includes the previous event's hash: the chain. */
export function eventHash(row: UnhashedRow): string {
  return createHash("sha256").update(canonicalContent(row)).digest("hex");
}
