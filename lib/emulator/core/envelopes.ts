import type { VendorError } from "./vendor-error";

/** Alibaba success: the operation's fields beside `RequestId`, no wrapper (docs/cloud-apis.md §1.4). */
export function aliyunSuccess(requestId: string, body: unknown): Record<string, unknown> {
  return { RequestId: requestId, ...((body as Record<string, unknown> | undefined) ?? {}) };
}

const RECOMMEND_PRODUCT: Record<string, string> = { cbn: "Cbn", ecs: "Ecs", vpc: "Vpc", ga: "Ga" };

/** Alibaba error: `{RequestId, HostId, Code, Message, Recommend}` (docs/cloud-apis.md §1.5). */
export function aliyunError(
  requestId: string,
  hostId: string,
  product: string | undefined,
  error: VendorError,
): Record<string, unknown> {
  const productName = product ? (RECOMMEND_PRODUCT[product] ?? product) : "";
  return {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=${productName}&requestId=${requestId}`,
  };
}

export interface VolcMetadata {
  RequestId: string;
  Action: string;
  Version: string;
  Service: string;
  Region: string;
}

/** Volcengine success: `{ResponseMetadata, Result}`; operations without a result omit `Result` (docs/cloud-apis.md §5.3). */
export function volcSuccess(meta: VolcMetadata, result: unknown): Record<string, unknown> {
  return result === undefined ? { ResponseMetadata: meta } : { ResponseMetadata: meta, Result: result };
}

export function volcError(meta: VolcMetadata, error: VendorError): Record<string, unknown> {
  const detail: Record<string, unknown> =
    error.codeN === undefined
      ? { Code: error.code, Message: error.message }
      : { CodeN: error.codeN, Code: error.code, Message: error.message };
  return { ResponseMetadata: { ...meta, Error: detail } };
}
