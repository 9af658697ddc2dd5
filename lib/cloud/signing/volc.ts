/**
 * Volcengine HMAC-SHA256 signature (docs/cloud-apis.md §8.3; vectors B0, B1a/b, B2a/b).
 * Every stage is exported so tests name the failing stage and the emulator can verify a received request.
 * Pure: date, region and service are injected.
 */
import { canonicalQueryString, type QueryInput } from "./canonical-query";
import { hashPayload, hmacSha256, sha256Hex } from "./digest";
import { toHeaderMap, type HeaderInput, type HeaderMap } from "./header-list";
import { joinCanonicalRequest, type CanonicalRequestParts } from "./canonical-request";

export const VOLC_ALGORITHM = "HMAC-SHA256";

export interface VolcengineCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** STS session token; sent as `X-Security-Token` and signed. */
  sessionToken?: string;
}

/** `X-Date`: UTC `YYYYMMDD'T'HHMMSS'Z'`. */
export function formatXDate(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

// One payload hash for both clouds (digest.ts); re-exported so each signer still names every stage it signs.
export { hashPayload };

/** Sorted, RFC 3986-encoded query; an empty value is written `name=` (as the Node SDK does). */
export function canonicalQuery(query: QueryInput): string {
  return canonicalQueryString(query, "equals");
}

/**
 * CanonicalHeaders in the order of `signedHeaderNames` — not re-sorted: the gateway follows the client's
 * SignedHeaders list (docs/cloud-apis.md §8.3, §10.16), so a verifier must too. Values are trimmed and inner whitespace runs
 * collapse to one space (Node SDK). Returns one `name:value\n` line per header.
 */
export function canonicalHeaders(
  headers: HeaderInput | HeaderMap,
  signedHeaderNames: readonly string[],
): string {
  const map = toHeaderMap(headers);
  let out = "";
  for (const raw of signedHeaderNames) {
    const name = raw.toLowerCase();
    const values = map.get(name) ?? [];
    const value = values.length === 1 ? (values[0] as string) : values.join(",");
    out += `${name}:${value.replace(/\s+/g, " ").trim()}\n`;
  }
  return out;
}

export type { CanonicalRequestParts };

/** Volcengine signs `/` for an empty path. */
export function canonicalRequest(p: CanonicalRequestParts): string {
  // Object.assign, not `{ ...p, canonicalUri }`: every signature passes here (docs/DECISIONS.md, "Hot paths and
  // object spread").
  return joinCanonicalRequest(Object.assign({}, p, { canonicalUri: p.canonicalUri || "/" }));
}

/** `<ShortDate>/<Region>/<Service>/request`. */
export function credentialScope(shortDate: string, region: string, service: string): string {
  return `${shortDate}/${region}/${service}/request`;
}

export function stringToSign(xDate: string, scope: string, canonicalRequestText: string): string {
  return `${VOLC_ALGORITHM}\n${xDate}\n${scope}\n${sha256Hex(canonicalRequestText)}`;
}

export interface SigningKeyChain {
  kDate: Buffer;
  kRegion: Buffer;
  kService: Buffer;
  kSigning: Buffer;
}

/** kDate → kRegion → kService → kSigning, each an HMAC-SHA256 keyed by the previous raw bytes. No `AWS4` prefix. */
export function signingKeyChain(
  secret: string,
  shortDate: string,
  region: string,
  service: string,
): SigningKeyChain {
  const kDate = hmacSha256(secret, shortDate);
  const kRegion = hmacSha256(kDate, region);
  const kService = hmacSha256(kRegion, service);
  const kSigning = hmacSha256(kService, "request");
  return { kDate, kRegion, kService, kSigning };
}

export function signingKey(secret: string, shortDate: string, region: string, service: string): Buffer {
  return signingKeyChain(secret, shortDate, region, service).kSigning;
}

export function signature(kSigning: Uint8Array, stringToSignText: string): string {
  return hmacSha256(kSigning, stringToSignText).toString("hex");
}

export interface VolcAuthorization {
  accessKeyId: string;
  scope: string;
  signedHeaders: string;
  signature: string;
}

/** Comma **and space** separators, unlike Alibaba's. */
export function buildAuthorization(a: VolcAuthorization): string {
  return `${VOLC_ALGORITHM} Credential=${a.accessKeyId}/${a.scope}, SignedHeaders=${a.signedHeaders}, Signature=${a.signature}`;
}

export interface ParsedVolcAuthorization {
  algorithm: string;
  accessKeyId: string;
  /** The scope as written, e.g. `20210624/cn-beijing/vpc/request`. */
  scope: string;
  shortDate: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses a Volcengine Authorization header (tolerates `,` with or without the space); `undefined` if malformed. */
export function parseAuthorization(header: string | undefined): ParsedVolcAuthorization | undefined {
  if (!header) return undefined;
  const space = header.indexOf(" ");
  if (space <= 0) return undefined;
  const fields = new Map<string, string>();
  for (const part of header.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const credential = fields.get("Credential");
  const signedHeaders = fields.get("SignedHeaders");
  const sig = fields.get("Signature");
  if (!credential || !signedHeaders || !sig) return undefined;
  const parts = credential.split("/");
  if (parts.length !== 5 || parts[4] !== "request" || parts.some((p) => p === "")) return undefined;
  const [accessKeyId, shortDate, region, service] = parts as [string, string, string, string, string];
  return {
    algorithm: header.slice(0, space),
    accessKeyId,
    scope: parts.slice(1).join("/"),
    shortDate,
    region,
    service,
    signedHeaders: signedHeaders.split(";"),
    signature: sig,
  };
}

export interface VolcRequest {
  method: string;
  /** Exactly what the HTTP client will send as `Host`. */
  host: string;
  pathname?: string;
  /** Every query parameter, `Action` and `Version` included, already flattened. */
  query: QueryInput;
  body?: string | Uint8Array;
  contentType?: string;
}

export interface VolcSignOptions {
  date: Date;
  /** Signing region: the resource region for VPC, always `cn-north-1` for Live. */
  region: string;
  service: string;
  /** Override the signed header set (tests and SDK cross-checks); names must be present in the request. */
  signedHeaders?: readonly string[];
}

/**
 * Signs one request and returns the headers to send (lowercase), `authorization` included.
 *
 * Signed headers: `host;x-content-sha256;x-date`, plus `x-security-token` with STS and `content-type` when there is
 * a body. Why this set rather than the Node SDK's (`x-date` [+ `x-content-sha256`]): `host` binds the signature to the
 * endpoint, `x-content-sha256` binds the body (and is the hash the gateway checks), `content-type` stops the body
 * from being re-interpreted, and the docs require `host` and `x-date` to be signed when present. The Go SDK signs
 * the same set, so the gateway is known to accept it (docs/cloud-apis.md §8.3; vectors B1b, B2b).
 * `host` is signed but not returned: the HTTP client sets it from the URL.
 */
export function signVolc(
  request: VolcRequest,
  credentials: VolcengineCredentials,
  options: VolcSignOptions,
): Record<string, string> {
  const xDate = formatXDate(options.date);
  const payloadHash = hashPayload(request.body);
  const hasBody = request.body !== undefined && request.body.length > 0;
  const headers: Record<string, string> = { "x-content-sha256": payloadHash, "x-date": xDate };
  if (credentials.sessionToken) headers["x-security-token"] = credentials.sessionToken;
  if (hasBody && request.contentType) headers["content-type"] = request.contentType;

  // `headers` is built just above and never holds host.
  const names = options.signedHeaders ?? [...Object.keys(headers), "host"].sort();
  const scope = credentialScope(xDate.slice(0, 8), options.region, options.service);
  const signedHeaders = names.join(";");
  const canonical = canonicalRequest({
    method: request.method.toUpperCase(),
    canonicalUri: request.pathname ?? "/",
    canonicalQuery: canonicalQuery(request.query),
    canonicalHeaders: canonicalHeaders(Object.assign({}, headers, { host: request.host }), names),
    signedHeaders,
    payloadHash,
  });
  const key = signingKey(credentials.secretAccessKey, xDate.slice(0, 8), options.region, options.service);
  headers.authorization = buildAuthorization({
    accessKeyId: credentials.accessKeyId,
    scope,
    signedHeaders,
    signature: signature(key, stringToSign(xDate, scope, canonical)),
  });
  return headers;
}
