import { recordActivity } from "@/lib/activity/activity-log";
import { guard, requireRole } from "@/lib/auth/guard";
import { roleForKind } from "@/lib/auth/roles";
import { findOperation } from "@/lib/operations/catalog";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";
import { proxyOperation } from "@/lib/proxy/proxy-operation";

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
  const { rateLimiter } = checked.runtime;
  return proxyOperation(request, id, {
    onSettled: recordActivity,
    call: rateLimiter ? { rateLimiter } : undefined,
  });
}

const notPost = methodNotAllowed("POST");
export const GET = notPost;
export const PUT = notPost;
export const PATCH = notPost;
export const DELETE = notPost;
