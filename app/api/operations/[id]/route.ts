import { recordActivity } from "@/lib/activity/activity-log";
import { proxyOperation } from "@/lib/proxy/proxy-operation";

/** The one proxy route: every cloud call of the console goes through here (see lib/proxy/proxy-operation.ts). */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return proxyOperation(request, id, { onSettled: recordActivity });
}

function methodNotAllowed() {
  return Response.json(
    { error: { source: "request", code: "MethodNotAllowed", message: "Use POST." } },
    { status: 405, headers: { allow: "POST" } },
  );
}

export const GET = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
