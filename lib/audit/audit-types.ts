/**
 * The audit trail's vocabulary, shared by the server, the API and the /activity page (browser-safe: no imports).
 */

/** How an action ended: `unknown` when the cloud may have applied it but no answer came (timeout, reset, crash). */
export const OUTCOMES = ["ok", "refused", "failed", "unknown"] as const;
export type AuditOutcome = (typeof OUTCOMES)[number];

/**
 * Why an action was refused: the input (validation), the person's role, the request itself (another site, an
 * operation outside the catalog), the cloud's own refusal, or a wrong password / disabled account (credentials).
 */
export type RefusalReason = "validation" | "role" | "request" | "cloud" | "credentials";

export type ActorType = "user" | "cli" | "system" | "anonymous";

/** `attempt` is written before a cloud call, `outcome` after it; everything else is one `event`. */
export type AuditPhase = "attempt" | "outcome" | "event";

export interface AuditActor {
  /** What the filters match: the person's email, `cli`, `system`, or the email typed at a failed sign-in. */
  name: string;
  type: ActorType;
  userId?: string | null;
  role?: string | null;
  clientIp?: string | null;
  userAgent?: string | null;
}

/** An event as the API returns it. */
export interface AuditEvent {
  seq: number;
  id: string;
  at: number;
  actor: AuditActor;
  action: string;
  phase: AuditPhase;
  /** For an outcome: the attempt it closes. */
  ref: string | null;
  cloud: string | null;
  region: string | null;
  resources: string[];
  input: unknown;
  outcome: AuditOutcome | null;
  reason: RefusalReason | null;
  error: { code: string; message: string } | null;
  requestId: string | null;
  clientToken: string | null;
  latencyMs: number | null;
  detail: Record<string, unknown> | null;
  /** The operation record this mutation opened (its timeline: GET /api/operations-history/<id>). */
  operationId?: string | null;
  hash: string;
}

/** The actions the console records besides catalog operation ids. */
export const AUTH_ACTIONS = [
  "auth.setup",
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-out",
  "auth.change-password",
  "auth.revoke-sessions",
  "users.create",
  "users.set-role",
  "users.disable",
  "users.enable",
  "users.revoke-sessions",
  "users.reset-password",
  "users.remove",
  "users.update",
  "users.impersonate",
  "auth.setup-link",
  "tokens.create",
  "tokens.revoke",
  "tokens.refused",
  "audit.checkpoint",
] as const;

export type OperationState = "open" | "settled" | "failed" | "not-confirmed";

/** One operation as the feed (GET /api/operations-history) lists it: what it is and how it stands. */
export interface OperationSummary {
  id: string;
  action: string;
  cloud: string;
  region: string;
  actor: string;
  kind: string;
  resources: string[];
  state: OperationState;
  submittedAt: number;
  closedAt: number | null;
  closeReason: string | null;
}

/** The most changes one feed answer lists (newest first); a full answer means "maybe more: look at everything". */
export const FEED_LIMIT = 50;

/**
 * GET /api/operations-history: how many operations are open and when anything last started or ended (one
 * aggregate read, for pages that only need to know whether to look again), and with `?since=<ms>` the
 * operations that started or ended after it, newest first.
 */
export interface OperationFeed {
  /** Server time of the answer: the `since` of the next request. */
  now: number;
  open: number;
  /** The latest start or end of any operation (ms), 0 when there is none. */
  changedAt: number;
  operations?: OperationSummary[];
}

/** One operation's timeline as GET /api/operations-history/<id> returns it. */
export interface OperationHistory {
  id: string;
  eventId: string;
  action: string;
  cloud: string;
  region: string;
  actor: string;
  kind: string;
  resources: string[];
  expected: string;
  requestId: string | null;
  state: OperationState;
  submittedAt: number;
  acceptedAt: number;
  closedAt: number | null;
  closeReason: string | null;
  /** Time to settle (ms), when settled. */
  settledInMs: number | null;
  statuses: { at: number; resource: string; status: string; source: string }[];
}
