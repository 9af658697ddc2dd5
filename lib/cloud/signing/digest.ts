import * as nodeCrypto from "node:crypto";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** SHA-256 of the empty string: the payload hash of every body-less request on both clouds. */
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// Node ≥ 20.12 has a one-shot `crypto.hash` (no Hash object per call: about half the cost on short input);
// the README's floor is 20.9, so fall back to createHash there. Same bytes in, same digest out.
const oneShotHash = (nodeCrypto as { hash?: (algorithm: string, data: string | Uint8Array) => string }).hash;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShotHash ? oneShotHash("sha256", data) : createHash("sha256").update(data).digest("hex");
}

/**
 * Lowercase hex SHA-256 of the exact body bytes, the payload hash both clouds sign (`x-acs-content-sha256`,
 * `x-content-sha256`); the empty body hashes to `e3b0…b855`.
 */
export function hashPayload(body?: string | Uint8Array): string {
  if (body === undefined || body.length === 0) return EMPTY_SHA256;
  return sha256Hex(body);
}

export function hmacSha256(key: string | Uint8Array, data: string): Buffer {
  return createHmac("sha256", key).update(data).digest();
}

/** Constant-time comparison for a verifier: a plain `===` leaks how many leading characters matched. */
export function signaturesEqual(expected: string, received: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}
