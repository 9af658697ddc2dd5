import { toHeaderMap, type HeaderMap } from "@/lib/cloud/signing/header-list";
import { parseQuery, splitTarget } from "@/lib/cloud/signing/received-request";

/** A request as the server received it: what signature verification needs, byte for byte. */
export interface RawRequest {
  method: string;
  /** The request-target as on the request line, e.g. `/?Action=X&Version=Y`. */
  url: string;
  /** Header pairs in arrival order, duplicates kept (Node's rawHeaders). */
  headers: Array<[string, string]>;
  body: Buffer;
}

/** The parsed view shared by classification, routing and authentication. */
export interface Incoming {
  raw: RawRequest;
  method: string;
  headers: HeaderMap;
  path: string;
  /** Decoded query pairs; undefined when an escape is malformed. */
  query: Array<[string, string]> | undefined;
  /** Decoded `application/x-www-form-urlencoded` body pairs (empty otherwise). */
  form: Array<[string, string]>;
  /** Parsed JSON body (Volcengine Live), if any. */
  json: unknown;
  contentType: string;
}

export function parseIncoming(raw: RawRequest): Incoming {
  const headers = toHeaderMap(raw.headers);
  const { path, query } = splitTarget(raw.url);
  const contentType = (headers.get("content-type")?.[0] ?? "").toLowerCase();
  let form: Array<[string, string]> = [];
  let json: unknown = undefined;
  if (raw.body.length > 0) {
    const text = raw.body.toString("utf8");
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
      form = parseQuery(text.replace(/\+/g, "%20")) ?? [];
    } else if (contentType.startsWith("application/json")) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
  }
  return { raw, method: raw.method.toUpperCase(), headers, path, query, form, json, contentType };
}

export function header(incoming: Incoming, name: string): string | undefined {
  return incoming.headers.get(name)?.[0];
}

/** First value of a parameter in the query, then the form body (V1 signs both together). */
export function param(incoming: Incoming, name: string): string | undefined {
  for (const [k, v] of incoming.query ?? []) if (k === name) return v;
  for (const [k, v] of incoming.form) if (k === name) return v;
  return undefined;
}
