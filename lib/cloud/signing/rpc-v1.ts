/**
 * Alibaba Cloud RPC signature V1, HMAC-SHA1 / SignatureVersion 1.0 (docs/cloud-apis.md §8.2; vectors A3, A4, A7).
 * The console signs with V3; V1 is here so the emulator can verify legacy clients (and the SDK in `v2` mode).
 */
import { createHmac } from "node:crypto";
import { canonicalQueryString, type QueryInput } from "./canonical-query";
import { percentEncode } from "./percent-encode";

/** Sorted, RFC 3986-encoded `name=value` pairs of every parameter except `Signature`. */
export function canonicalizedQuery(params: QueryInput): string {
  return canonicalQueryString(params, "equals");
}

/** `METHOD&%2F&` + the canonicalized query encoded a second time (`:` → `%3A` → `%253A`). */
export function stringToSign(method: string, canonicalizedQueryText: string): string {
  return `${method}&${percentEncode("/")}&${percentEncode(canonicalizedQueryText)}`;
}

/** Base64 HMAC-SHA1, the primitive under V1 (and the legacy ROA scheme, vector A5). */
export function hmacSha1Base64(key: string, message: string): string {
  return createHmac("sha1", key).update(message).digest("base64");
}

/** Keyed with the secret plus a trailing `&` (the empty token-secret slot of the old scheme). */
export function signature(accessKeySecret: string, stringToSignText: string): string {
  return hmacSha1Base64(accessKeySecret + "&", stringToSignText);
}

/** The `Signature` parameter for `params` (all parameters, `Signature` excluded) sent with `method`. */
export function signRpcV1(params: QueryInput, method: string, accessKeySecret: string): string {
  if (typeof (params as Iterable<unknown>)[Symbol.iterator] === "function") {
    return signature(accessKeySecret, stringToSign(method, canonicalizedQuery(params)));
  }
  return signature(
    accessKeySecret,
    `${method}&%2F&${doublyEncodedQuery(params as Readonly<Record<string, string>>)}`,
  );
}

/**
 * percentEncode(canonicalizedQuery(params)) in one pass — the hot path of V1 signing. A once-encoded name or value
 * contains only unreserved characters and `%XX`, so encoding it again only turns `%` into `%25`; the `=` and `&`
 * between them become `%3D` and `%26`. Pinned to the two-step stages by the vectors and the SDK cross-check.
 */
function doublyEncodedQuery(params: Readonly<Record<string, string>>): string {
  let out = "";
  for (const name of Object.keys(params).sort()) {
    if (out !== "") out += "%26";
    out += encodeAgain(percentEncode(name)) + "%3D" + encodeAgain(percentEncode(params[name] as string));
  }
  return out;
}

function encodeAgain(onceEncoded: string): string {
  return onceEncoded.indexOf("%") === -1 ? onceEncoded : onceEncoded.replaceAll("%", "%25");
}

/** The V1 common parameters (docs/cloud-apis.md §1.3), date and nonce injected. */
export function rpcV1CommonParams(p: {
  accessKeyId: string;
  action: string;
  version: string;
  date: Date;
  nonce: string;
  securityToken?: string;
}): Record<string, string> {
  const common: Record<string, string> = {
    AccessKeyId: p.accessKeyId,
    Action: p.action,
    Format: "JSON",
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: p.nonce,
    SignatureVersion: "1.0",
    Timestamp: p.date.toISOString().slice(0, 19) + "Z",
    Version: p.version,
  };
  if (p.securityToken) common.SecurityToken = p.securityToken;
  return common;
}
