import { DICTIONARIES } from "@/lib/i18n/catalog";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translate";
import {
  acceptsNavigation,
  isCrossSiteFetch,
  isMisdirected,
  isSafeMethod,
  isTopLevelNavigation,
  ownOrigins,
  provesSameOrigin,
} from "./request-checks";
import { authSettings } from "./settings";

/**
 * The checks every entrance runs, with no database: a misdirected host (421), a cross-site fetch (403), and for
 * a cookie-authenticated change the same-origin proof (403). proxy.ts runs the first two for every request
 * (pages and assets too); every API route runs them again through its guard, so neither layer alone is trusted.
 */

const NO_STORE = { "cache-control": "no-store" } as const;
const LOCALE_IN_COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`);

export function requestLocale(headers: Pick<Headers, "get">): Locale {
  return resolveLocale(
    LOCALE_IN_COOKIE.exec(headers.get("cookie") ?? "")?.[1],
    headers.get("accept-language"),
  );
}

export function translator(locale: Locale) {
  return createTranslator(DICTIONARIES[locale]);
}

/** The one refusal shape of every entrance: nothing was done, so the outcome is "refused". */
export function refusal(
  status: number,
  source: "auth" | "request" | "config",
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return Response.json(
    { error: { source, code, message, outcome: "refused", ...extra } },
    { status, headers: { ...NO_STORE, ...headers } },
  );
}

/**
 * Host (421), then a request another site's page sent: marked so by the browser, or with a foreign Origin (403).
 * A person following a link from elsewhere to a page, or sent back by the identity provider to the SSO callback,
 * is not such a request (request-checks.ts: acceptsNavigation).
 */
export function checkRequest(
  request: Pick<Request, "headers" | "method" | "url">,
  locale: Locale,
): Response | null {
  if (isMisdirected(request.headers, authSettings()))
    return refusal(421, "request", "MisdirectedRequest", translator(locale)("auth.error.misdirected"));
  if (
    isTopLevelNavigation(request.method, request.headers) &&
    acceptsNavigation(new URL(request.url).pathname)
  )
    return null;
  const origin = request.headers.get("origin");
  if (isCrossSiteFetch(request.headers) || (origin !== null && !ownOrigins(authSettings()).has(origin)))
    return crossSite(locale);
  return null;
}

/** A cookie-authenticated change must prove it comes from our own pages (403 otherwise). */
export function checkSameOrigin(
  request: Pick<Request, "headers" | "method">,
  locale: Locale,
): Response | null {
  if (isSafeMethod(request.method) || provesSameOrigin(request.headers, authSettings())) return null;
  return crossSite(locale);
}

function crossSite(locale: Locale) {
  return refusal(403, "request", "CrossSiteRequest", translator(locale)("auth.error.crossSite"));
}

export function databaseUnavailable(locale: Locale) {
  return refusal(503, "config", "DatabaseUnavailable", translator(locale)("auth.error.unavailable"), {
    variables: ["DATABASE_URL"],
  });
}

/**
 * The guard of a public answer (an unknown API path, a malformed one): no session is needed and nothing is
 * exposed, but the host and cross-site rules still apply, as on every other entrance.
 */
export function guardPublic(answer: () => Response): (request: Request) => Response {
  return (request) => checkRequest(request, requestLocale(request.headers)) ?? answer();
}
