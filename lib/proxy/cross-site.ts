import type { ProxyErrorBody } from "./proxy-error";

/**
 * The proxy signs with the server's credentials, so a page on another origin must not be able to drive it
 * (CSRF). Browsers send `Sec-Fetch-Site` on every fetch; older ones at least send `Origin` on POST.
 */
export function isCrossSite(headers: Pick<Headers, "get">): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return true;

  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The one refusal of a cross-site call, for every route that acts with the server's credentials. */
export function crossSiteRefusal(): { status: 403; body: ProxyErrorBody } {
  return {
    status: 403,
    body: {
      error: { source: "request", code: "CrossSiteRequest", message: "Cross-site requests are refused." },
    },
  };
}
