import { randomBytes } from "node:crypto";
import { signAcs3 } from "@/lib/cloud/signing/acs3";
import { canonicalQueryString } from "@/lib/cloud/signing/canonical-query";
import { flattenParams } from "@/lib/cloud/signing/flatten";
import { rpcV1CommonParams, signRpcV1 } from "@/lib/cloud/signing/rpc-v1";
import { signVolc } from "@/lib/cloud/signing/volc";

/**
 * Test helper: builds requests signed with OUR signers (lib/cloud/signing) for the emulator, as a client would.
 * `send` is either `emulator.handle` (in-process) or `fetch` against a running server.
 */
export type Send = (request: Request) => Promise<Response>;

export const DEMO_ALIYUN = { accessKeyId: "LTAIemulator", accessKeySecret: "emulator-secret" };
export const DEMO_VOLC = { accessKeyId: "AKLTemulator", secretAccessKey: "emulator-secret" };

export interface AliyunCallOptions {
  baseUrl?: string;
  /** `v3` (default, Authorization header) or `v1` (Signature parameter). */
  signature?: "v3" | "v1";
  method?: "GET" | "POST";
  date?: Date;
  nonce?: string;
  credentials?: typeof DEMO_ALIYUN;
  /** Send these (flattened) parameters as a form body instead of the query. */
  formBody?: Record<string, unknown>;
}

/** Builds one signed Alibaba RPC request. */
export function aliyunRequest(
  action: string,
  version: string,
  params: Record<string, unknown>,
  options: AliyunCallOptions = {},
): Request {
  const baseUrl = options.baseUrl ?? "http://127.0.0.1:8790";
  const host = new URL(baseUrl).host;
  const method = options.method ?? "POST";
  const date = options.date ?? new Date();
  const nonce = options.nonce ?? randomBytes(16).toString("hex");
  const creds = options.credentials ?? DEMO_ALIYUN;
  const query = flattenParams(params);
  const form = options.formBody ? flattenParams(options.formBody) : undefined;
  const body = form ? canonicalQueryString(form) : undefined;
  const contentType = form ? "application/x-www-form-urlencoded" : undefined;
  if (options.signature === "v1") {
    const all = {
      ...query,
      ...rpcV1CommonParams({ accessKeyId: creds.accessKeyId, action, version, date, nonce }),
    };
    const signature = signRpcV1({ ...all, ...(form ?? {}) }, method, creds.accessKeySecret);
    return new Request(`${baseUrl}/?${canonicalQueryString({ ...all, Signature: signature })}`, {
      method,
      body,
      headers: contentType ? { "content-type": contentType } : {},
    });
  }
  const headers = signAcs3({ method, host, query, action, version, body, contentType }, creds, {
    date,
    nonce,
  });
  const qs = canonicalQueryString(query);
  return new Request(`${baseUrl}/${qs ? `?${qs}` : ""}`, { method, headers, body });
}

export interface VolcCallOptions {
  baseUrl?: string;
  method?: "GET" | "POST";
  /** JSON body (Live); otherwise params go to the query. */
  json?: Record<string, unknown>;
  region?: string;
  date?: Date;
  credentials?: typeof DEMO_VOLC;
}

/** Builds one signed Volcengine request (service = the catalog product: `vpc`, `live`). */
export function volcRequest(
  service: string,
  action: string,
  version: string,
  params: Record<string, unknown>,
  options: VolcCallOptions = {},
): Request {
  const baseUrl = options.baseUrl ?? "http://127.0.0.1:8790";
  const host = new URL(baseUrl).host;
  const method = options.method ?? (options.json ? "POST" : "GET");
  const query = { ...flattenParams(params), Action: action, Version: version };
  const body = options.json ? JSON.stringify(options.json) : undefined;
  const contentType = options.json ? "application/json" : undefined;
  const headers = signVolc({ method, host, query, body, contentType }, options.credentials ?? DEMO_VOLC, {
    date: options.date ?? new Date(),
    region: options.region ?? (service === "live" ? "cn-north-1" : "cn-beijing"),
    service,
  });
  return new Request(`${baseUrl}/?${canonicalQueryString(query)}`, { method, headers, body });
}

/** Sends and parses; returns HTTP status and the JSON body. */
export async function call(
  send: Send,
  request: Request,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await send(request);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
