import type { AuthSettings } from "./settings";

/**
 * The host and origin rules every entrance applies before anything else (pure, so proxy.ts, the guard and the
 * tests share them).
 */

/** The Host the client asked for; X-Forwarded-Host only counts behind a trusted proxy. */
export function requestHost(headers: Pick<Headers, "get">, settings: Pick<AuthSettings, "trustProxy">) {
  const forwarded = settings.trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return (forwarded || headers.get("host") || "").toLowerCase();
}

/** A request for another host name is refused (421) whatever it asks: that is what stops DNS rebinding. */
export function isMisdirected(headers: Pick<Headers, "get">, settings: AuthSettings) {
  return !settings.allowedHosts.has(requestHost(headers, settings));
}

/** The origins this console's own pages run on (the public one, and loopback names for local use). */
export function ownOrigins(settings: AuthSettings): Set<string> {
  const protocol = settings.publicOrigin.protocol;
  return new Set([
    settings.publicOrigin.origin,
    ...[...settings.allowedHosts].map((h) => `${protocol}//${h}`),
  ]);
}

/**
 * A cookie-authenticated request that changes something must prove it comes from our pages: an Origin equal to
 * one of ours, or the browser's own `Sec-Fetch-Site: same-origin`. A request with neither is refused (curl without
 * a token must not act with someone's cookie).
 */
export function provesSameOrigin(headers: Pick<Headers, "get">, settings: AuthSettings) {
  const origin = headers.get("origin");
  if (origin !== null) return ownOrigins(settings).has(origin);
  return headers.get("sec-fetch-site") === "same-origin";
}

/** Any request a browser marks as coming from another site is refused, reads included (they spend cloud calls). */
export function isCrossSiteFetch(headers: Pick<Headers, "get">) {
  const site = headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

/**
 * A person arriving at a page by following a link, a bookmark or an identity provider's redirect: a top-level GET
 * navigation (never a fetch, a form post or a frame). It may come from another site and carries the SameSite=Lax
 * cookie, so it is only let through where showing a page is all that happens (see acceptsNavigation).
 */
export function isTopLevelNavigation(method: string, headers: Pick<Headers, "get">) {
  return (
    (method === "GET" || method === "HEAD") &&
    headers.get("sec-fetch-mode") === "navigate" &&
    headers.get("sec-fetch-dest") === "document"
  );
}

/**
 * Where another site may send a person: every page (it renders; its data is read by same-origin fetches) and the
 * SSO callback (the identity provider sends people back there). Not the other APIs: a read there spends cloud calls.
 */
export function acceptsNavigation(pathname: string) {
  return !pathname.startsWith("/api/") || pathname.startsWith("/api/auth/callback/");
}

export function isSafeMethod(method: string) {
  return method === "GET" || method === "HEAD" || method === "OPTIONS";
}
