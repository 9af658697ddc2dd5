/** The audit trail's tables as Kysely sees them (lib/audit/audit-migration.ts; times are epoch ms). */
export interface AuditEventRow {
  seq: number;
  id: string;
  at: number;
  actor: string;
  actor_type: string;
  actor_id: string | null;
  actor_role: string | null;
  client_ip: string | null;
  user_agent: string | null;
  action: string;
  phase: string;
  ref: string | null;
  cloud: string | null;
  region: string | null;
  /** JSON array of resource ids. */
  resources: string;
  /** JSON of the input as sent, with `sensitive` parameters redacted. */
  input: string | null;
  outcome: string | null;
  reason: string | null;
  error_code: string | null;
  error_message: string | null;
  request_id: string | null;
  client_token: string | null;
  latency_ms: number | null;
  /** JSON of what else the event needs to say (the target of a user change, DryRun, HTTP status…). */
  detail: string | null;
  instance: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditOperationRow {
  id: string;
  event_id: string;
  action: string;
  cloud: string;
  region: string;
  actor: string;
  tracker: string;
  /** JSON array of the resource keys followed. */
  resources: string;
  /** The settled status expected, "gone" for a removal, "" for any settled status. */
  expected: string;
  /** JSON: the status read the watcher makes ({operationId, region, input}). */
  read_spec: string;
  request_id: string | null;
  state: string;
  submitted_at: number;
  accepted_at: number;
  deadline: number;
  closed_at: number | null;
  close_reason: string | null;
  /** JSON map resource key → last status seen ("" = gone). */
  last_status: string;
  checks: number;
  next_check_at: number;
  lease_owner: string | null;
  lease_until: number | null;
}

export interface AuditTables {
  audit_event: AuditEventRow;
  audit_key: { key: string; seq: number };
  audit_pending: { attempt_id: string; instance: string; at: number };
  console_instance: {
    id: string;
    host: string;
    pid: number;
    started_at: number;
    seen_at: number;
    stopped_at: number | null;
  };
  audit_operation: AuditOperationRow;
  audit_operation_status: {
    id: string;
    operation_id: string;
    at: number;
    resource: string;
    status: string;
    source: string;
  };
}
