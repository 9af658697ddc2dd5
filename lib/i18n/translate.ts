/** Values substituted for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Replaces `{name}` with `params.name`. An unknown placeholder is left as written, so a missing
 * parameter shows up on screen (and in tests) instead of silently rendering "undefined".
 */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names a message uses; the parity test checks both languages use the same ones. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "").sort();
}

export type Translate<Key extends string> = (key: Key, params?: MessageParams) => string;

/** A `t()` bound to one language's merged dictionary. A missing key renders the key itself. */
export function createTranslator<Key extends string>(dictionary: Record<Key, string>): Translate<Key> {
  return (key, params) => interpolate(dictionary[key] ?? key, params);
}
