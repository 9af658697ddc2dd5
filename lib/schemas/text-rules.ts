/**
 * The character rules of lib/schemas/text.ts without zod (issue #13 says why each exists), so code that must stay
 * out of zod — a page's URL parsers, on its first load — checks a value by the very rules the catalog applies.
 */

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
export const DIRECTION_OR_BOM = /[\u202a-\u202e\u2066-\u2069\ufeff]/;
export const FORMAT = /\p{Cf}/u;
export const WHITESPACE = /[\s\p{Z}]/u;

/** True when `value` is well-formed UTF-16 (every surrogate paired), i.e. it has a UTF-8 encoding. */
export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** What `identifier()` accepts of a value already trimmed: well-formed, no control, whitespace or format character. */
export function isIdentifierText(value: string): boolean {
  return (
    isWellFormed(value) &&
    !CONTROL.test(value) &&
    !DIRECTION_OR_BOM.test(value) &&
    !FORMAT.test(value) &&
    !WHITESPACE.test(value)
  );
}
