import { checkRequest, checkSameOrigin, databaseUnavailable, requestLocale } from "@/lib/auth/entrance";
import { refuseBearer } from "@/lib/tokens/bearer";
import { getRuntime } from "@/lib/auth/runtime";

/**
 * better-auth's endpoints (sign-in, sign-out, sessions, password change, admin, SSO callback). They pass the same
 * entrance checks as every route (host, cross-site, same-origin proof for a change: guardAuthEndpoint) before
 * better-auth applies its own session and role rules.
 */
async function guardAuthEndpoint(request: Request): Promise<Response> {
  const locale = requestLocale(request.headers);
  // A personal API token never signs in, manages users or sessions: refused before better-auth sees it.
  const refused =
    checkRequest(request, locale) ?? refuseBearer(request, locale) ?? checkSameOrigin(request, locale);
  if (refused) return refused;
  let runtime;
  try {
    runtime = await getRuntime();
  } catch {
    return databaseUnavailable(locale);
  }
  return runtime.auth.handler(request);
}

export const GET = guardAuthEndpoint;
export const POST = guardAuthEndpoint;
