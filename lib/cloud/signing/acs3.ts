/**
 * Alibaba Cloud V3 signature, ACS3-HMAC-SHA256 (docs/cloud-apis.md §8.1; vectors A1, A2, A6).
 * Every stage is exported so tests name the failing stage and the emulator can verify a received request.
 * Pure: the date and nonce are injected, nothing reads the clock, the environment or the network.
 */
import { canonicalQueryString, type EmptyValueStyle, type QueryInput } from "./canonical-query";
import { hashPayload, hmacSha256, sha256Hex } from "./digest";
import { toHeaderMap, type HeaderInput, type HeaderMap } from "./header-list";
import { joinCanonicalRequest, type CanonicalRequestParts } from "./canonical-request";

export const ACS3_ALGORITHM = "ACS3-HMAC-SHA256";

export interface AlibabaCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS token; adds `x-acs-security-token` and `x-acs-accesskey-id` to the signed headers. */
  securityToken?: string;
}

// One payload hash for both clouds (digest.ts); re-exported so each signer still names every stage it signs.
export { hashPayload };

/**
 * CanonicalQueryString. Empty values default to `name=` (npm openapi-util 0.3.3); vector A2 needs `bare`.
 * See docs/DECISIONS.md "Signing".
 */
export function canonicalQuery(query: QueryInput, options: { emptyValue?: EmptyValueStyle } = {}): string {
  return canonicalQueryString(query, options.emptyValue ?? "equals");
}

export interface CanonicalHeaders {
  /** One `name:value\n` line per signed header (so the canonical request has a blank line after them). */
  canonical: string;
  /** The signed header names joined with `;`, as written in the Authorization header. */
  signedHeaders: string;
}

function isSignedByDefault(name: string): boolean {
  return name === "host" || name === "content-type" || name.startsWith("x-acs-");
}

/**
 * CanonicalHeaders + SignedHeaders. Without `signedHeaderNames`, the signer's rule applies: `host`, `content-type`
 * and every `x-acs-*`, sorted. A verifier passes the names from the received Authorization header instead (kept in
 * the given order, since that is what the client hashed). Values are trimmed; repeated names are sorted and joined
 * with `,` (vector A2), so pass Node's `rawHeaders` pairs rather than the pre-joined `headers` object.
 */
export function canonicalHeaders(
  headers: HeaderInput | HeaderMap,
  signedHeaderNames?: readonly string[],
): CanonicalHeaders {
  const map = toHeaderMap(headers);
  const names = signedHeaderNames
    ? signedHeaderNames.map((n) => n.toLowerCase())
    : [...map.keys()].filter(isSignedByDefault).sort();
  let canonical = "";
  for (const name of names) {
    const values = map.get(name) ?? [];
    const joined =
      values.length === 1
        ? (values[0] as string).trim()
        : values
            .map((v) => v.trim())
            .sort()
            .join(",");
    canonical += `${name}:${joined}\n`;
  }
  return { canonical, signedHeaders: names.join(";") };
}

export type { CanonicalRequestParts };

/** Alibaba V3 takes the path as given: `/` for every RPC call (the SDK's unit test, vector A2, uses an empty one). */
export function canonicalRequest(p: CanonicalRequestParts): string {
  return joinCanonicalRequest(p);
}

export function stringToSign(canonicalRequestText: string): string {
  return `${ACS3_ALGORITHM}\n${sha256Hex(canonicalRequestText)}`;
}

/** The secret is the HMAC key as-is: no `&` (that is V1), no date-scoped derivation (that is Volcengine). */
export function signature(accessKeySecret: string, stringToSignText: string): string {
  return hmacSha256(accessKeySecret, stringToSignText).toString("hex");
}

export interface Acs3Authorization {
  accessKeyId: string;
  signedHeaders: string;
  signature: string;
}

export function buildAuthorization(a: Acs3Authorization): string {
  return `${ACS3_ALGORITHM} Credential=${a.accessKeyId},SignedHeaders=${a.signedHeaders},Signature=${a.signature}`;
}

export interface ParsedAcs3Authorization {
  algorithm: string;
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

/** Parses `ACS3-HMAC-SHA256 Credential=…,SignedHeaders=a;b,Signature=…`; `undefined` when a part is missing. */
export function parseAuthorization(header: string | undefined): ParsedAcs3Authorization | undefined {
  if (!header) return undefined;
  const space = header.indexOf(" ");
  if (space <= 0) return undefined;
  const algorithm = header.slice(0, space);
  const fields = new Map<string, string>();
  for (const part of header.slice(space + 1).split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const accessKeyId = fields.get("Credential");
  const signedHeaders = fields.get("SignedHeaders");
  const sig = fields.get("Signature");
  if (!accessKeyId || !signedHeaders || !sig) return undefined;
  return { algorithm, accessKeyId, signedHeaders: signedHeaders.split(";"), signature: sig };
}

// Every call in the same second signs the same text; the proxy formats it once per second, not per call.
let formattedSecond = NaN;
let formattedText = "";

/** `x-acs-date` format: UTC, seconds precision, `yyyy-MM-ddTHH:mm:ssZ`. */
export function formatAcsDate(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second !== formattedSecond) {
    formattedText = date.toISOString().slice(0, 19) + "Z"; // throws for an invalid Date, as before
    formattedSecond = second;
  }
  return formattedText;
}

export interface Acs3Request {
  method: string;
  /** Exactly what the HTTP client will send as `Host` (with the port when it is not the scheme's default). */
  host: string;
  pathname?: string;
  /** Business parameters, already flattened; signed and sent with the same encoding. */
  query: QueryInput;
  action: string;
  version: string;
  body?: string | Uint8Array;
  /** Sent and signed when there is a body. */
  contentType?: string;
}

/**
 * Signs one request and returns the headers to send (lowercase names), `authorization` included.
 * `host` is signed but not returned: the HTTP client derives it from the URL, which is why `request.host` must match it.
 */
export function signAcs3(
  request: Acs3Request,
  credentials: AlibabaCredentials,
  clock: { date: Date; nonce: string },
): Record<string, string> {
  const payloadHash = hashPayload(request.body);
  const hasBody = request.contentType !== undefined && request.body !== undefined && request.body.length > 0;
  const token = credentials.securityToken;
  const date = formatAcsDate(clock.date);
  // Built directly in sorted name order (the signer's own header set is fixed), which is what canonicalHeaders()
  // would produce for these names; the vectors and the SDK cross-check pin the result.
  const signed: Array<[string, string]> = [];
  if (hasBody) signed.push(["content-type", request.contentType as string]);
  signed.push(["host", request.host]);
  if (token) signed.push(["x-acs-accesskey-id", credentials.accessKeyId]);
  signed.push(["x-acs-action", request.action], ["x-acs-content-sha256", payloadHash], ["x-acs-date", date]);
  if (token) signed.push(["x-acs-security-token", token]);
  signed.push(["x-acs-signature-nonce", clock.nonce], ["x-acs-version", request.version]);

  const headers: Record<string, string> = {};
  let canonical = "";
  let signedHeaders = "";
  for (const [name, raw] of signed) {
    const value = raw.trim();
    canonical += `${name}:${value}\n`;
    signedHeaders += signedHeaders === "" ? name : ";" + name;
    if (name !== "host") headers[name] = value;
  }
  const text = canonicalRequest({
    method: request.method.toUpperCase(),
    canonicalUri: request.pathname ?? "/",
    canonicalQuery: canonicalQuery(request.query),
    canonicalHeaders: canonical,
    signedHeaders,
    payloadHash,
  });
  headers.authorization = buildAuthorization({
    accessKeyId: credentials.accessKeyId,
    signedHeaders,
    signature: signature(credentials.accessKeySecret, stringToSign(text)),
  });
  return headers;
}
