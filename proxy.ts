import { NextResponse, type NextRequest } from "next/server";
import { checkRequest, requestLocale } from "@/lib/auth/entrance";

/**
 * Runs before every request Next serves (pages, assets, API): the host and origin rules that need no database
 * (lib/auth/entrance.ts), and the path a page's guard sends people back to after signing in. Sessions are checked
 * by the page layout and by each API route's guard, never here alone.
 */
export function proxy(request: NextRequest) {
  const refused = checkRequest(request, requestLocale(request.headers));
  if (refused) return refused;
  const headers = new Headers(request.headers);
  headers.set("x-console-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

/**
 * Pages and assets only. Every route under /api/ runs the same entrance checks itself, first thing (guard,
 * guardPublic, the auth endpoint's guardAuthEndpoint; a test checks each route file does), so running them here
 * too only added Next's middleware pass — which buffers and clones every request body — to each API call.
 */
export const config = {
  matcher: ["/((?!api/).*)"],
};
