import type { OperationDef } from "@/lib/operations/types";
import type { ResolvedEndpoint } from "./endpoints";
import { signAcs3, type AlibabaCredentials } from "./signing/acs3";
import { canonicalQueryString } from "./signing/canonical-query";
import { flattenParams } from "./signing/flatten";
import { signVolc, type VolcengineCredentials } from "./signing/volc";

/**
 * The exact HTTP request for one operation call. The query string in `url` is produced by the same function that
 * builds the canonical query the signature covers (sorted, RFC 3986), and `body` holds the very bytes that were
 * hashed, so nothing between signing and sending can re-encode them (docs/cloud-apis.md §8.4).
 */
export interface WireRequest {
  method: "GET" | "POST";
  url: string;
  /** Lowercase names. `host` is absent: the HTTP client sets it from `url`, and it equals `endpoint.host`. */
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
}

export interface WireContext {
  endpoint: ResolvedEndpoint;
  credentials: AlibabaCredentials | VolcengineCredentials;
  date: Date;
  /** Alibaba `x-acs-signature-nonce`; unique per attempt. */
  nonce: string;
}

const JSON_CONTENT_TYPE = "application/json";
const UTF8 = new TextEncoder();

export function buildWireRequest(
  op: OperationDef,
  params: Readonly<Record<string, unknown>>,
  ctx: WireContext,
): WireRequest {
  const isJsonBody = op.style === "json-body";
  const body = isJsonBody ? UTF8.encode(JSON.stringify(params)) : undefined;
  const headers: Record<string, string> = { accept: JSON_CONTENT_TYPE };
  let query: Record<string, string>;

  if (op.cloud === "aliyun") {
    // V3 carries Action/Version in x-acs-* headers; the query holds only business parameters.
    query = isJsonBody ? {} : flattenParams(params);
    Object.assign(
      headers,
      signAcs3(
        {
          method: op.method,
          host: ctx.endpoint.host,
          query,
          action: op.action,
          version: op.version,
          body,
          contentType: JSON_CONTENT_TYPE,
        },
        alibaba(ctx.credentials),
        { date: ctx.date, nonce: ctx.nonce },
      ),
    );
  } else {
    // Volcengine wants Action and Version in the query for GET and POST alike (docs/cloud-apis.md §5.2).
    const business = isJsonBody ? {} : flattenParams(params);
    // Not `{ ...business, Action, Version }`: on Node 20 a spread followed by more keys is slow on a per-call path
    // (docs/DECISIONS.md, "Hot paths and object spread").
    query = Object.assign(business, { Action: op.action, Version: op.version });
    Object.assign(
      headers,
      signVolc(
        { method: op.method, host: ctx.endpoint.host, query, body, contentType: JSON_CONTENT_TYPE },
        volcengine(ctx.credentials),
        { date: ctx.date, region: ctx.endpoint.signingRegion, service: ctx.endpoint.service },
      ),
    );
  }

  const qs = canonicalQueryString(query);
  return {
    method: op.method,
    url: `${ctx.endpoint.baseUrl}/${qs === "" ? "" : "?" + qs}`,
    headers,
    ...(body ? { body } : {}),
  };
}

function alibaba(c: AlibabaCredentials | VolcengineCredentials): AlibabaCredentials {
  if (!("accessKeySecret" in c)) throw new TypeError("Alibaba Cloud operation given Volcengine credentials");
  return c;
}

function volcengine(c: AlibabaCredentials | VolcengineCredentials): VolcengineCredentials {
  if (!("secretAccessKey" in c)) throw new TypeError("Volcengine operation given Alibaba Cloud credentials");
  return c;
}
