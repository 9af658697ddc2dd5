import { guard, requireRole } from "@/lib/auth/guard";
import { roleForKind } from "@/lib/auth/roles";
import { auditedMutation, recordRefusedMutation } from "@/lib/audit/audited-operation";
import { isObservedRead, observedQuery } from "@/lib/audit/history/observe";
import { openOperations, operationRecord } from "@/lib/audit/history/operations-store";
import { findOperation } from "@/lib/operations/catalog";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";
import { proxyOperation, type ProxyOptions } from "@/lib/proxy/proxy-operation";
import { processSharedReads as sharedReads } from "@/lib/proxy/shared-reads";

/**
 * The one proxy route: every cloud call of the console goes through here (see lib/proxy/proxy-operation.ts),
 * after the guard (host, origin, session) and the role the catalog entry's kind needs. Nothing refused here
 * reaches the cloud. Mutations are recorded in the audit trail before and after the call (lib/audit), an accepted
 * asynchronous one opens an operation record, and status reads feed the open operations' timelines. On
 * PostgreSQL the cloud rate limits are paced for the whole fleet (the runtime's limiter).
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const checked = await guard(request);
  if (!checked.ok) return checked.response;
  const { actor, runtime, locale } = checked;
  const { id } = await context.params;
  const options: ProxyOptions = runtime.rateLimiter
    ? { sharedReads, call: { rateLimiter: runtime.rateLimiter } }
    : { sharedReads };
  const op = findOperation(id);
  if (!op) return proxyOperation(request, id, options);
  const refused = requireRole(actor, roleForKind(op.kind), locale);
  if (refused) {
    if (op.kind === "mutation") {
      const { error } = await refused.clone().json();
      await recordRefusedMutation(runtime.database, op, actor, "role", error.code, error.message);
    }
    return refused;
  }
  const forward = (forwarded: Request) => proxyOperation(forwarded, id, options);
  if (op.kind === "query") {
    // A status read while operations are open is recorded in their history (lib/audit/history).
    if (isObservedRead(id) && (await openOperations(runtime.database)).size > 0)
      return observedQuery(request, runtime.database, id, forward);
    return proxyOperation(request, id, options);
  }
  return auditedMutation(request, {
    op,
    actor,
    database: runtime.database,
    locale,
    forward,
    operationOf: (call) => operationRecord(runtime.database, call),
  });
}

const notPost = methodNotAllowed("POST");
export const GET = notPost;
export const PUT = notPost;
export const PATCH = notPost;
export const DELETE = notPost;
