import { guard, requireRole } from "@/lib/auth/guard";
import { roleForKind } from "@/lib/auth/roles";
import { auditedMutation, recordRefusedMutation } from "@/lib/audit/audited-operation";
import { isObservedRead, observedQuery } from "@/lib/audit/history/observe";
import { openOperation, openOperations } from "@/lib/audit/history/operations-store";
import { findOperation } from "@/lib/operations/catalog";
import { PROXY_REPLY_HEADERS, proxyOperation, requestError } from "@/lib/proxy/proxy-operation";

/**
 * The one proxy route: every cloud call of the console goes through here (see lib/proxy/proxy-operation.ts),
 * after the guard (host, origin, session) and the role the catalog entry's kind needs. Nothing refused here
 * reaches the cloud. Mutations are recorded in the audit trail before and after the call (lib/audit), an accepted
 * asynchronous one opens an operation record, and status reads feed the open operations' timelines.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const checked = await guard(request);
  if (!checked.ok) return checked.response;
  const { actor, runtime, locale } = checked;
  const { id } = await context.params;
  const op = findOperation(id);
  if (!op) return proxyOperation(request, id);
  const refused = requireRole(actor, roleForKind(op.kind), locale);
  if (refused) {
    if (op.kind === "mutation") {
      const { error } = await refused.clone().json();
      await recordRefusedMutation(runtime.database, op, actor, "role", error.code, error.message);
    }
    return refused;
  }
  const forward = (forwarded: Request) => proxyOperation(forwarded, id);
  if (op.kind === "query") {
    // A status read while operations are open is recorded in their history (lib/audit/history).
    if (isObservedRead(id) && (await openOperations(runtime.database)).size > 0)
      return observedQuery(request, runtime.database, id, forward);
    return proxyOperation(request, id);
  }
  return auditedMutation(request, {
    op,
    actor,
    database: runtime.database,
    locale,
    forward,
    onOutcome: async (trx, call) => void (await openOperation(runtime.database, trx, call)),
  });
}

function methodNotAllowed() {
  const { status, body } = requestError(405, "MethodNotAllowed", "Use POST.");
  return Response.json(body, { status, headers: { ...PROXY_REPLY_HEADERS, allow: "POST" } });
}

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
