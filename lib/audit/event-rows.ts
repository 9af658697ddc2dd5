import type { AuditEventRow } from "./audit-tables";
import type { AuditEvent, AuditOutcome, AuditPhase, ActorType, RefusalReason } from "./audit-types";

function parse<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** A stored row as the API shows it (JSON columns parsed, the chain's own links left out but the hash kept). */
export function eventOfRow(row: AuditEventRow): AuditEvent {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at,
    actor: {
      name: row.actor,
      type: row.actor_type as ActorType,
      userId: row.actor_id,
      role: row.actor_role,
      clientIp: row.client_ip,
      userAgent: row.user_agent,
    },
    action: row.action,
    phase: row.phase as AuditPhase,
    ref: row.ref,
    cloud: row.cloud,
    region: row.region,
    resources: parse<string[]>(row.resources) ?? [],
    input: parse(row.input),
    outcome: row.outcome as AuditOutcome | null,
    reason: row.reason as RefusalReason | null,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? "" } : null,
    requestId: row.request_id,
    clientToken: row.client_token,
    latencyMs: row.latency_ms,
    detail: parse<Record<string, unknown>>(row.detail),
    hash: row.hash,
  };
}
