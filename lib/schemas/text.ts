import { z } from "zod";
import { CONTROL, DIRECTION_OR_BOM, FORMAT, isWellFormed, WHITESPACE } from "./text-rules";

/**
 * The string building blocks every catalog schema starts from (issue #13): a value the console forwards must be
 * text a cloud can store and an operator can read. Each check stops the field's other rules (`abort`), so the
 * operator sees the one message that says what is wrong, beside the field.
 *
 * - Ill-formed UTF-16 (a lone surrogate) cannot be encoded as UTF-8, so it cannot be signed or sent as typed.
 * - C0 and C1 controls (tab, CR/LF, NUL, ESC, NEL …) and the Unicode line/paragraph separators are never part
 *   of an id, a name or a description in any vendor's documented character set (docs/cloud-apis.md §6.1, §7.1).
 * - Text-direction embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and the byte-order mark U+FEFF
 *   make text display differently from what it is ("Trojan Source"); no vendor set includes them.
 * An identifier without a documented character set (resource ids, tokens, project names) is stricter: no
 * whitespace and no invisible format character at all (zero-width space, soft hyphen, LRM …), since none can be
 * part of a real id. Surrounding whitespace — a pasted line break or BOM — is trimmed where a field trims, so
 * it is never forwarded.
 */

/** Messages are i18n keys (lib/i18n/messages/validation.ts). */
export const TEXT_MESSAGES = {
  malformed: "validation.text.malformed",
  control: "validation.text.control",
  invisible: "validation.text.invisible",
  whitespace: "validation.text.whitespace",
} as const;

// The rules themselves are zod-free (text-rules.ts), so URL parsers can apply them outside a form.
export { isWellFormed };

/**
 * Any string a request carries: names, descriptions, tag keys and values, filter values, and the fields whose
 * vendor documents its own character set (vhost, App, mirror-session names), which add that set as a regex after
 * this — its message then names the rule. Spaces and every other printable character pass here.
 */
export function text(params: { error?: string; trim?: boolean } = {}) {
  const string = z.string(params.error ? { error: params.error } : undefined);
  return (params.trim ? string.trim() : string)
    .refine(isWellFormed, { error: TEXT_MESSAGES.malformed, abort: true })
    .refine((v) => !CONTROL.test(v), { error: TEXT_MESSAGES.control, abort: true })
    .refine((v) => !DIRECTION_OR_BOM.test(v), { error: TEXT_MESSAGES.invisible, abort: true });
}

/** An identifier: trimmed, then no whitespace and no invisible format character anywhere. */
export function identifier(params: { error?: string } = {}) {
  return text({ error: params.error, trim: true })
    .refine((v) => !FORMAT.test(v), { error: TEXT_MESSAGES.invisible, abort: true })
    .refine((v) => !WHITESPACE.test(v), { error: TEXT_MESSAGES.whitespace, abort: true });
}
