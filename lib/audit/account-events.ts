import "server-only";
import type { Database } from "@/lib/db/database";
import type { AuditActor, AuditOutcome } from "./audit-types";
import { auditWriter } from "./audit-writer";

/**
 * One account change made outside better-auth's endpoints (the setup page, the users command line), recorded
 * like the ones its hooks record: who, which action, which person it was about, how it ended.
 */
export async function recordAccountEvent(
  database: Database,
  actor: AuditActor,
  action: string,
  change: {
    target?: string;
    outcome?: AuditOutcome;
    errorCode?: string | null;
    errorMessage?: string | null;
    detail?: Record<string, unknown>;
  } = {},
) {
  const target = change.target?.trim().toLowerCase();
  const refused = change.outcome === "refused";
  await auditWriter(database).append([
    {
      actor,
      action,
      phase: "event",
      outcome: change.outcome ?? "ok",
      reason: refused ? "validation" : null,
      errorCode: change.errorCode ?? null,
      errorMessage: change.errorMessage ?? null,
      resources: target ? [target] : [],
      detail: { ...(target ? { target } : {}), ...change.detail },
    },
  ]);
}
