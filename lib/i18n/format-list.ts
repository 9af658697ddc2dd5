import type { Locale } from "./locales";

/**
 * A list in running text, punctuated for the console's language: "a, b, and c" / "a、b和c". A plain ", " join put
 * English commas into Chinese sentences. `withAnd: false` for a bare series ("a, b, c" / "a、b、c"): values read as a
 * set (taken priorities), or a list that goes on ("… and 3 more" follows).
 */
export function formatList(items: readonly string[], locale: Locale, { withAnd = true } = {}): string {
  const key = `${locale}/${withAnd}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { type: "conjunction", style: withAnd ? "long" : "narrow" });
    cache.set(key, formatter);
  }
  return formatter.format(items);
}

// Intl formatters are slow to build and a list renders once per notice or row: one per locale and style.
const cache = new Map<string, Intl.ListFormat>();
