const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Stores a display preference where the server can read it on the next request. Written from the
 * browser (no server round-trip needed); not HttpOnly on purpose, it holds no secret.
 */
export function writePreferenceCookie(name: string, value: string): void {
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}
