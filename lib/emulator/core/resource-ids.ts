import { randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Vendor-style id: `prefix` + lower-case alphanumerics, e.g. `eni-bp1d66qjxb3qoin3****` without the mask. */
export function resourceId(prefix: string, length = 20): string {
  const bytes = randomBytes(length);
  let out = prefix;
  for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
  return out;
}
