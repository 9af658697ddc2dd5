import { recordActivity } from "@/lib/activity/activity-log";
import { PROXY_REPLY_HEADERS, proxyOperation, requestError } from "@/lib/proxy/proxy-operation";

/** The one proxy route: every cloud call of the console goes through here (see lib/proxy/proxy-operation.ts). */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
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
