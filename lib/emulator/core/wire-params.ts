import { unflattenParams } from "@/lib/cloud/signing/flatten";
import type { Incoming } from "../auth/incoming";
import type { Input } from "./wire-input";

/** Parameters that belong to the envelope or the V1 signature, not to the operation. */
const ALIYUN_COMMON = new Set([
  "Action",
  "Version",
  "Format",
  "AccessKeyId",
  "Signature",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "SignatureType",
  "Timestamp",
  "SecurityToken",
]);

/** Alibaba: query + form body parameters, flattened names rebuilt into the nested input. */
export function aliyunInput(incoming: Incoming): Input {
  const flat: Record<string, string> = {};
  for (const [k, v] of incoming.query ?? []) if (!ALIYUN_COMMON.has(k)) flat[k] = v;
  for (const [k, v] of incoming.form) if (!ALIYUN_COMMON.has(k)) flat[k] = v;
  return unflattenParams(flat);
}

/** Volcengine: query parameters (minus Action/Version and presign `X-*`), then a JSON or form body on top. */
export function volcInput(incoming: Incoming): Input {
  const flat: Record<string, string> = {};
  for (const [k, v] of incoming.query ?? []) {
    if (k !== "Action" && k !== "Version" && !k.startsWith("X-")) flat[k] = v;
  }
  for (const [k, v] of incoming.form) flat[k] = v;
  const input: Input = unflattenParams(flat);
  if (incoming.json !== null && typeof incoming.json === "object" && !Array.isArray(incoming.json)) {
    for (const [k, v] of Object.entries(incoming.json as Record<string, unknown>)) {
      if (k !== "__proto__" && k !== "constructor" && k !== "prototype") input[k] = v;
    }
  }
  return input;
}

/** Facts about the wire form the nested input loses: flat parameter names and a JSON body that did not bind. */
export function wireFacts(incoming: Incoming): {
  paramNames: string[];
  bodyError?: "malformed-json" | "not-an-object";
} {
  const paramNames = [...(incoming.query ?? []), ...incoming.form].map(([k]) => k);
  if (!incoming.contentType.startsWith("application/json") || incoming.raw.body.length === 0)
    return { paramNames };
  if (incoming.json === undefined) return { paramNames, bodyError: "malformed-json" };
  const isObject =
    incoming.json !== null && typeof incoming.json === "object" && !Array.isArray(incoming.json);
  return isObject ? { paramNames } : { paramNames, bodyError: "not-an-object" };
}
