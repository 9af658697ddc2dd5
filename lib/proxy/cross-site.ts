/**
 * The proxy signs with the server's credentials, so a page on another origin must not be able to drive it
 * (CSRF). Browsers send `Sec-Fetch-Site` on every fetch; older ones at least send `Origin` on POST.
 */
export function isCrossSite(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") return true;

  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
