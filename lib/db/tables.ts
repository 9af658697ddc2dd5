import type { AuditTables } from "@/lib/audit/audit-tables";

/**
 * The console's own tables as Kysely sees them (times are epoch milliseconds, BIGINT). The account tables
 * (`user`, `session`, `account`, `verification`, `rateLimit`) belong to better-auth; only the columns the
 * console reads itself are typed here.
 */
export interface ConsoleTables extends AuditTables {
  console_migration: { name: string; applied_at: number };
  console_setting: { key: string; value: string };
  setup_token: { token_hash: string; created_at: number; expires_at: number; used_at: number | null };
  sign_in_failure: { id: string; key: string; at: number };
  api_token: {
    id: string;
    user_id: string;
    name: string;
    token_hash: string;
    hint: string;
    role: string;
    created_at: number;
    expires_at: number;
    last_used_at: number | null;
    revoked_at: number | null;
    revoked_by: string | null;
  };
  user: {
    id: string;
    email: string;
    name: string;
    role: string | null;
    banned: boolean | number | null;
  };
  session: {
    id: string;
    userId: string;
    token: string;
    // Text (ISO 8601) on the embedded store, timestamptz on PostgreSQL: better-auth's own encodings.
    expiresAt: string | Date;
    createdAt: string | Date;
    updatedAt: string | Date;
  };
}
