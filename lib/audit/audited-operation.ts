import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/guard";
import { refusal, translator } from "@/lib/auth/entrance";
import type { Database } from "@/lib/db/database";
import type { Locale } from "@/lib/i18n/locales";
import type { OperationDef } from "@/lib/operations/types";
import { auditActor } from "./actors";
import type { AuditEventRow, AuditOperationRow } from "./audit-tables";
import { auditWriter, type NewAuditEvent } from "./audit-writer";
import { registerInstance } from "./instance";
import { outcomeOfReply, type ReplyOutcome } from "./outcome";
import { redactInput } from "./redact";
import { resourceIds } from "./resource-ids";

export interface AuditedCall {
  op: OperationDef;
  actor: Actor;
  database: Database;
  locale: Locale;
  /** Sends the (possibly rewritten) request on to the proxy and returns its reply. */
  forward(request: Request): Promise<Response>;
  /** The operation record the call opens (lib/audit/history), written with its outcome: they commit together. */
  operationOf?(call: SettledCall): AuditOperationRow | null;
}

export interface SettledCall {
  op: OperationDef;
  actor: Actor;
  attempt: AuditEventRow;
  outcome: AuditEventRow;
  reply: ReplyOutcome;
  region: string | null;
  /** The input the cloud got (validated), unredacted: only for reading resource ids, never stored. */
  input: Record<string, unknown> | null;
  result: unknown;
}

const OUTCOME_WRITE_TRIES = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A catalog mutation, recorded: the attempt is committed before anything can reach the cloud (the database
 * unreachable → 503 and nothing is sent), the outcome after the proxy answered, and the answer is handed back
 * only once the outcome is committed. A process that dies in between leaves a pending attempt that recovery
 * turns into `unknown` (lib/audit/recovery.ts). An idempotent call without a ClientToken gets one here (as
 * lib/cloud would), so the trail names the token the cloud saw.
 */
export async function auditedMutation(request: Request, call: AuditedCall): Promise<Response> {
  const { op, database, locale } = call;
  const raw = await request.text();
  let envelope: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (isRecord(parsed)) envelope = parsed;
  } catch {
    // Not JSON: the proxy refuses it with a field error; the trail records that it was refused.
  }
  let body = raw;
  let input = isRecord(envelope.input) ? envelope.input : null;
  if (input && op.idempotent && (input.ClientToken === undefined || input.ClientToken === "")) {
    input = { ...input, ClientToken: randomUUID() };
    body = JSON.stringify({ ...envelope, input });
  }
  const valid = input ? op.input.safeParse(input) : null;
  const sent = valid?.success ? (valid.data as Record<string, unknown>) : input;
  const region = op.region.fixed ?? (typeof envelope.region === "string" ? envelope.region : null);
  const dryRun = sent?.DryRun === true;
  const via = tokenDetail(call.actor);
  const common: Omit<NewAuditEvent, "phase"> = {
    actor: auditActor(call.actor),
    action: op.id,
    cloud: op.cloud,
    region,
    resources: resourceIds(sent),
    input: sent === null ? undefined : redactInput(op, sent),
    clientToken: typeof sent?.ClientToken === "string" ? sent.ClientToken : null,
  };

  const attemptId = randomUUID();
  let instance: string;
  let attempt: AuditEventRow;
  try {
    instance = await registerInstance(database.db);
    [attempt] = (await auditWriter(database).append([
      {
        ...common,
        id: attemptId,
        phase: "attempt",
        pending: "open",
        instance,
        detail: dryRun || via ? { ...(dryRun ? { dryRun: true } : {}), ...via } : null,
      },
    ])) as [AuditEventRow];
  } catch (error) {
    console.error(
      `[audit] attempt not recorded, call refused: ${error instanceof Error ? error.message : error}`,
    );
    return refusal(503, "config", "AuditUnavailable", translator(locale)("audit.error.unavailable"), {
      variables: [database.engine === "postgres" ? "DATABASE_URL" : "CONSOLE_DB_PATH"],
    });
  }

  const started = performance.now();
  let status: number;
  let headers: Headers;
  let text: string;
  try {
    const response = await call.forward(
      new Request(request.url, { method: "POST", headers: request.headers, body, signal: request.signal }),
    );
    status = response.status;
    headers = response.headers;
    text = await response.text();
  } catch (error) {
    // The proxy threw or its answer could not be read (the caller went away mid-call): the request may have
    // reached the cloud, so the attempt ends `unknown` now rather than staying pending until a restart.
    ({ status, headers, text } = lostReply(request, error, translator(locale)("audit.error.replyLost")));
  }
  const latencyMs = performance.now() - started;
  let replyBody: unknown = null;
  try {
    replyBody = JSON.parse(text);
  } catch {
    // Not JSON (should not happen): outcomeOfReply judges by the status alone.
  }
  const reply = outcomeOfReply(status, replyBody);
  const result = isRecord(replyBody) ? replyBody.result : undefined;
  const outcomeEvent: NewAuditEvent = {
    ...common,
    phase: "outcome",
    pending: "close",
    ref: attemptId,
    resources: resourceIds(sent, result),
    outcome: reply.outcome,
    reason: reply.reason,
    errorCode: reply.errorCode,
    errorMessage: reply.errorMessage,
    requestId: reply.requestId,
    latencyMs,
    instance,
    detail: { httpStatus: status, ...(dryRun ? { dryRun: true } : {}), ...via },
    operation: (outcome) =>
      call.operationOf?.({
        op,
        actor: call.actor,
        attempt,
        outcome,
        reply,
        region,
        input: sent,
        result,
      }) ?? null,
  };

  let lastError: unknown;
  for (let attemptNo = 1; attemptNo <= OUTCOME_WRITE_TRIES; attemptNo += 1) {
    try {
      await auditWriter(database).append([outcomeEvent]);
      return new Response(text, { status, headers });
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attemptNo));
    }
  }
  // The cloud answered but the trail could not say so: never answer as if all were recorded.
  console.error(
    `[audit] outcome of ${op.id} (attempt ${attemptId}) not recorded: ${lastError instanceof Error ? lastError.message : lastError}`,
  );
  const requestId = reply.requestId ?? "";
  return refusal(
    500,
    "config",
    "AuditWriteFailed",
    translator(locale)("audit.error.writeFailed", { requestId: requestId || "—" }),
    { outcome: "unknown", requestId, attemptId },
  );
}

/**
 * The answer given when the proxy threw: the console's own 502 with outcome `unknown`, in the route's error
 * shape, so the trail and the browser read it like a reset connection. The error's text goes to the log only.
 */
function lostReply(request: Request, error: unknown, message: string) {
  const aborted = request.signal.aborted;
  console.error(
    `[audit] no answer from the proxy (${aborted ? "caller went away" : "proxy failed"}): ${error instanceof Error ? error.message : error}`,
  );
  const code = aborted ? "RequestAborted" : "ReplyLost";
  return {
    status: 502,
    headers: new Headers({ "content-type": "application/json" }),
    text: JSON.stringify({ error: { source: "cloud", code, message, outcome: "unknown" } }),
  };
}

/** Which personal API token acted, when one did: the trail names it beside the person it acts for. */
export function tokenDetail(actor: Actor): { token: string; tokenId: string } | undefined {
  return actor.token ? { token: actor.token.name, tokenId: actor.token.id } : undefined;
}

/** A mutation refused before it reached the proxy (the person's role): one event, nothing sent. */
export async function recordRefusedMutation(
  database: Database,
  op: OperationDef,
  actor: Actor,
  reason: "role",
  errorCode: string,
  errorMessage: string,
) {
  try {
    await auditWriter(database).append([
      {
        actor: auditActor(actor),
        action: op.id,
        phase: "event",
        cloud: op.cloud,
        outcome: "refused",
        reason,
        errorCode,
        errorMessage,
        detail: tokenDetail(actor) ?? null,
      },
    ]);
  } catch (error) {
    // Nothing reached the cloud; the refusal stands even when it cannot be recorded, and the failure is reported.
    console.error(
      `[audit] refusal of ${op.id} not recorded: ${error instanceof Error ? error.message : error}`,
    );
  }
}
