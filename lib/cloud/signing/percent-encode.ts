/**
 * RFC 3986 percent-encoding as both clouds' signers expect it (docs/cloud-apis.md §8.1 step 4, §8.2 step 2, §8.3 step 3):
 * unreserved `A-Z a-z 0-9 - _ . ~` stay, every other UTF-8 byte becomes `%XX` (uppercase hex).
 * Pure and browser-safe: the emulator imports it to re-encode what it receives.
 */

// encodeURIComponent already handles UTF-8 and `~`; it leaves only these five sub-delims unencoded.
const LEFT_BY_ENCODE_URI_COMPONENT = /[!'()*]/g;

function hexOfSubDelim(ch: string): string {
  return "%" + ch.charCodeAt(0).toString(16).toUpperCase();
}

// 1 for the RFC 3986 unreserved ASCII characters.
const UNRESERVED = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")
  UNRESERVED[ch.charCodeAt(0)] = 1;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Encodes one query name or value; never throws. A lone UTF-16 surrogate has no UTF-8 form: it is encoded as
 * U+FFFD (`%EF%BF%BD`), as TextEncoder and URLSearchParams do, so what is signed is exactly what is sent. The
 * console never gets here with one — every catalog string refuses it first (lib/schemas/text.ts) — so this only
 * keeps a caller that skipped validation (or the emulator re-encoding what it received) from a crash.
 */
export function percentEncode(s: string): string {
  // Most names and values are plain ids (`eni-…`, `cn-hangzhou`, `80`): return them untouched without allocating.
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 128 || UNRESERVED[c] === 0) break;
    i++;
  }
  if (i === s.length) return s;
  // encodeURIComponent leaves ! ' ( ) * as they are; look for them in the (shorter) input, not the output.
  let hasSubDelim = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x21 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x2a) {
      hasSubDelim = true;
      break;
    }
  }
  let encoded: string;
  try {
    encoded = encodeURIComponent(s);
  } catch {
    encoded = encodeURIComponent(s.replace(LONE_SURROGATE, "\ufffd"));
  }
  return hasSubDelim ? encoded.replace(LEFT_BY_ENCODE_URI_COMPONENT, hexOfSubDelim) : encoded;
}

/**
 * Decodes one query component as received on the wire. `+` stays a literal plus (RFC 3986): both clouds sign
 * `%20` for a space, so a client that sent `+` for a space signed something else anyway.
 * Returns `undefined` for malformed escapes so a verifier can answer with an error instead of throwing.
 */
export function percentDecode(s: string): string | undefined {
  if (s.indexOf("%") === -1) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
