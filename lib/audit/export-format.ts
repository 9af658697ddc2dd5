import type { AuditEventRow } from "./audit-tables";

export const CSV_COLUMNS = [
  "seq",
  "id",
  "time",
  "actor",
  "actor_type",
  "actor_role",
  "client_ip",
  "user_agent",
  "action",
  "phase",
  "outcome",
  "reason",
  "cloud",
  "region",
  "resources",
  "error_code",
  "error_message",
  "request_id",
  "client_token",
  "latency_ms",
  "input",
  "detail",
  "hash",
] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ (or tab/CR) is prefixed
 * with ' so a spreadsheet never runs an event's text as a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

export function csvLine(row: AuditEventRow): string {
  const resources = (JSON.parse(row.resources) as string[]).join(" ");
  const values: (string | number | null)[] = [
    row.seq,
    row.id,
    new Date(row.at).toISOString(),
    row.actor,
    row.actor_type,
    row.actor_role,
    row.client_ip,
    row.user_agent,
    row.action,
    row.phase,
    row.outcome,
    row.reason,
    row.cloud,
    row.region,
    resources,
    row.error_code,
    row.error_message,
    row.request_id,
    row.client_token,
    row.latency_ms,
    row.input,
    row.detail,
    row.hash,
  ];
  return `${values.map(csvField).join(",")}\r\n`;
}

/** One JSON Lines record: the stored row as is (JSON columns parsed), so a script can recheck its hash. */
export function jsonLine(row: AuditEventRow): string {
  return `${JSON.stringify(row)}\n`;
}
