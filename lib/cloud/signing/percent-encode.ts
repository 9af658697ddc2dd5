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

/**
 * Encodes one query name or value. Throws `URIError` on a lone UTF-16 surrogate (not valid UTF-8): such a value
 * cannot be signed the way the server decodes it, so it must be rejected rather than silently mangled.
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
  const encoded = encodeURIComponent(s);
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
