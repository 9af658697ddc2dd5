import type { Locale } from "./locales";

/**
 * One area's catalog: English is the source of truth and zh-CN must have exactly its keys.
 * `NoInfer` keeps TypeScript from widening the key set from the zh-CN side, so a missing key is an
 * error and an extra key is an excess-property error, both at the call site of the area file.
 */
export type AreaMessages<Keys extends string> = { [L in Locale]: Record<Keys, string> };

export function defineMessages<const En extends Record<string, string>>(catalog: {
  en: En;
  "zh-CN": NoInfer<{ [K in keyof En]: string }>;
}): AreaMessages<Extract<keyof En, string>> {
  // Runtime guard as well: catalogs built dynamically (or cast) still fail fast on first import.
  const enKeys = Object.keys(catalog.en).sort();
  const zhKeys = Object.keys(catalog["zh-CN"]).sort();
  const missing = enKeys.filter((key) => !(key in catalog["zh-CN"]));
  const extra = zhKeys.filter((key) => !(key in catalog.en));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `zh-CN catalog does not match en (missing: ${missing.join(", ") || "none"}; extra: ${extra.join(", ") || "none"})`,
    );
  }
  return catalog as AreaMessages<Extract<keyof En, string>>;
}
