import { recordActivity } from "@/lib/activity/activity-log";
import { guard, requireRole } from "@/lib/auth/guard";
import { roleForKind } from "@/lib/auth/roles";
import { findOperation } from "@/lib/operations/catalog";
import { PROXY_REPLY_HEADERS, proxyOperation, requestError } from "@/lib/proxy/proxy-operation";

/**
 * The one proxy route: every cloud call of the console goes through here (see lib/proxy/proxy-operation.ts),
 * after the guard (host, origin, session) and the role the catalog entry's kind needs. Nothing refused here
 * reaches the cloud.
 */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const checked = await guard(request);
  if (!checked.ok) return checked.response;
  const { id } = await context.params;
  const op = findOperation(id);
  if (op) {
    const refused = requireRole(checked.actor, roleForKind(op.kind), checked.locale);
    if (refused) return refused;
  }
  return proxyOperation(request, id, { onSettled: recordActivity });
}

function methodNotAllowed() {
  const { status, body } = requestError(405, "MethodNotAllowed", "Use POST.");
  return Response.json(body, { status, headers: { ...PROXY_REPLY_HEADERS, allow: "POST" } });
}

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
