import { recordActivity } from "@/lib/activity/activity-log";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";
import { proxyOperation } from "@/lib/proxy/proxy-operation";

/** The one proxy route: every cloud call of the console goes through here (see lib/proxy/proxy-operation.ts). */
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  const { id } = await context.params;
  return proxyOperation(request, id, { onSettled: recordActivity });
}

const notPost = methodNotAllowed("POST");
export const GET = notPost;
export const PUT = notPost;
export const PATCH = notPost;
export const DELETE = notPost;
