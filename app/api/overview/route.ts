import { collectOverview } from "@/lib/overview/collect-overview";
import { methodNotAllowed } from "@/lib/proxy/path-refusals";
import { crossSiteRefusal, isCrossSite } from "@/lib/proxy/cross-site";
import { withOutcome } from "@/lib/proxy/proxy-operation";

const HEADERS = { "cache-control": "no-store" } as const;

/**
 * Read-only summary for the overview page; it carries no credentials or endpoints. It does read the clouds with
 * the server's credentials, so another site must not be able to set it off: the proxy's same-origin rule.
 */
export async function GET(request: Request) {
  if (isCrossSite(request.headers)) {
    const { status, body } = withOutcome(crossSiteRefusal());
    return Response.json(body, { status, headers: HEADERS });
  }
  return Response.json(await collectOverview(), { headers: HEADERS });
}

// Any other method answers a JSON 405 too: every path under /api/ answers JSON (Next's own 405 has no body).
const notGet = methodNotAllowed("GET");
export const POST = notGet;
export const PUT = notGet;
export const PATCH = notGet;
export const DELETE = notGet;
