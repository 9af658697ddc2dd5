/**
 * Recomputing a signature from a request as a server RECEIVED it: the raw request-target (`req.url`), the raw
 * header pairs and the body bytes. Used by the emulator's verifier and by the wire tests that prove the console
 * sends exactly what it signed. Pure; pass Node's `rawHeaders` through `pairsFromRawHeaders`.
 */
import * as acs3 from "./acs3";
import { hashPayload } from "./digest";
import { toHeaderMap, type HeaderInput, type HeaderMap } from "./header-list";
import { percentDecode, percentEncode } from "./percent-encode";
import * as rpcV1 from "./rpc-v1";
import * as volc from "./volc";

export interface ReceivedRequest {
  method: string;
  /** The request-target exactly as on the request line, e.g. `/?A=1&B=%2A`. */
  url: string;
  headers: HeaderInput;
  body: string | Uint8Array;
}

/**
 * The same request already split by a server that parsed it once (its router needs the parts anyway):
 * `path` and decoded `query` as {@link splitTarget} returns them, headers as {@link toHeaderMap} builds them.
 */
export interface ParsedReceivedRequest {
  method: string;
  path: string;
  query: ReadonlyArray<readonly [string, string]>;
  headers: HeaderMap;
  body: string | Uint8Array;
}

export interface RawTarget {
  path: string;
  /** Decoded query pairs in arrival order. `undefined` when an escape is malformed. */
  query: Array<[string, string]> | undefined;
}

export function splitTarget(url: string): RawTarget {
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  return { path: path === "" ? "/" : path, query: parseQuery(q === -1 ? "" : url.slice(q + 1)) };
}

/** `a=1&b=&c` → pairs, decoded; `c` (no `=`) reads as an empty value. */
export function parseQuery(raw: string): Array<[string, string]> | undefined {
  const pairs: Array<[string, string]> = [];
  if (raw === "") return pairs;
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = percentDecode(eq === -1 ? part : part.slice(0, eq));
    const value = percentDecode(eq === -1 ? "" : part.slice(eq + 1));
    if (name === undefined || value === undefined) return undefined;
    pairs.push([name, value]);
  }
  return pairs;
}

/** Re-encodes each path segment the canonical way (RPC paths are always `/`). */
export function canonicalPath(path: string): string {
  if (path === "/") return path; // every RPC call
  return path
    .split("/")
    .map((segment) => percentEncode(percentDecode(segment) ?? segment))
    .join("/");
}

export interface Recomputed {
  signature: string;
  canonicalRequest: string;
  stringToSign: string;
}

/**
 * Alibaba V3: the signature the client should have sent, rebuilt with the header names it listed. The payload hash
 * is taken from the body actually received, so a body changed in transit fails even if `x-acs-content-sha256` was
 * left alone.
 */
export function recomputeAcs3(
  received: ReceivedRequest,
  accessKeySecret: string,
  signedHeaderNames: readonly string[],
  options: { emptyValue?: "equals" | "bare" } = {},
): Recomputed | undefined {
  const target = splitTarget(received.url);
  if (!target.query) return undefined;
  const parsed = {
    ...received,
    path: target.path,
    query: target.query,
    headers: toHeaderMap(received.headers),
  };
  return recomputeAcs3Parsed(parsed, accessKeySecret, signedHeaderNames, options);
}

/** {@link recomputeAcs3} for a request the server has already split (no second parse of target or headers). */
export function recomputeAcs3Parsed(
  received: ParsedReceivedRequest,
  accessKeySecret: string,
  signedHeaderNames: readonly string[],
  options: { emptyValue?: "equals" | "bare" } = {},
): Recomputed {
  const headerLines = acs3.canonicalHeaders(received.headers, signedHeaderNames);
  const canonicalRequest = acs3.canonicalRequest({
    method: received.method.toUpperCase(),
    canonicalUri: canonicalPath(received.path),
    canonicalQuery: acs3.canonicalQuery(received.query, options),
    canonicalHeaders: headerLines.canonical,
    signedHeaders: headerLines.signedHeaders,
    payloadHash: hashPayload(received.body),
  });
  const stringToSign = acs3.stringToSign(canonicalRequest);
  return { signature: acs3.signature(accessKeySecret, stringToSign), canonicalRequest, stringToSign };
}

/** Volcengine: rebuilt from the scope and SignedHeaders in the received Authorization and the received X-Date. */
export function recomputeVolc(
  received: ReceivedRequest,
  secretAccessKey: string,
  authorization: volc.ParsedVolcAuthorization,
): Recomputed | undefined {
  const target = splitTarget(received.url);
  if (!target.query) return undefined;
  const parsed = {
    ...received,
    path: target.path,
    query: target.query,
    headers: toHeaderMap(received.headers),
  };
  return recomputeVolcParsed(parsed, secretAccessKey, authorization);
}

/** {@link recomputeVolc} for a request the server has already split (no second parse of target or headers). */
export function recomputeVolcParsed(
  received: ParsedReceivedRequest,
  secretAccessKey: string,
  authorization: volc.ParsedVolcAuthorization,
): Recomputed {
  const xDate = received.headers.get("x-date")?.[0] ?? "";
  const canonicalRequest = volc.canonicalRequest({
    method: received.method.toUpperCase(),
    canonicalUri: canonicalPath(received.path),
    canonicalQuery: volc.canonicalQuery(received.query),
    canonicalHeaders: volc.canonicalHeaders(received.headers, authorization.signedHeaders),
    signedHeaders: authorization.signedHeaders.join(";"),
    payloadHash: hashPayload(received.body),
  });
  const scope = volc.credentialScope(authorization.shortDate, authorization.region, authorization.service);
  const stringToSign = volc.stringToSign(xDate, scope, canonicalRequest);
  const key = volc.signingKey(
    secretAccessKey,
    authorization.shortDate,
    authorization.region,
    authorization.service,
  );
  return { signature: volc.signature(key, stringToSign), canonicalRequest, stringToSign };
}

/**
 * Alibaba V1: every query and form-body parameter except `Signature` (docs/cloud-apis.md §8.2 step 1).
 * Returns the expected signature and the parameters (decoded) so the verifier can check AccessKeyId, nonce, time.
 */
export function recomputeRpcV1(
  received: ReceivedRequest,
  accessKeySecret: string,
):
  | { signature: string; receivedSignature: string; params: Array<[string, string]>; stringToSign: string }
  | undefined {
  const target = splitTarget(received.url);
  if (!target.query) return undefined;
  let params = target.query;
  const contentType = toHeaderMap(received.headers).get("content-type")?.[0] ?? "";
  if (contentType.toLowerCase().startsWith("application/x-www-form-urlencoded") && received.body.length > 0) {
    const text =
      typeof received.body === "string" ? received.body : Buffer.from(received.body).toString("utf8");
    // Form bodies come from URLSearchParams-style encoders, where `+` is a space.
    const form = parseQuery(text.replace(/\+/g, "%20"));
    if (!form) return undefined;
    params = params.concat(form);
  }
  const receivedSignature = params.find(([name]) => name === "Signature")?.[1] ?? "";
  params = params.filter(([name]) => name !== "Signature");
  const stringToSign = rpcV1.stringToSign(received.method.toUpperCase(), rpcV1.canonicalizedQuery(params));
  return {
    signature: rpcV1.signature(accessKeySecret, stringToSign),
    receivedSignature,
    params,
    stringToSign,
  };
}
