import type { Cloud } from "@/lib/operations/types";

/**
 * The one error type the rest of the app sees from a cloud call (style.md habit 4). Vendor envelopes stop here.
 * Messages are cleaned of anything the signer used: see {@link sanitizeMessage}.
 */
export class CloudError extends Error {
  readonly cloud: Cloud;
  /** HTTP status the vendor answered with, or the one we map a transport failure to (502/504/499). */
  readonly httpStatus: number;
  readonly code: string;
  /** Vendor request id; "" when the request never got an answer. */
  readonly requestId: string;
  /** True when the request provably never left this machine (e.g. connection refused): safe to send again. */
  readonly notSent: boolean;

  constructor(init: {
    cloud: Cloud;
    httpStatus: number;
    code: string;
    message: string;
    requestId?: string;
    notSent?: boolean;
  }) {
    super(init.message);
    this.name = "CloudError";
    this.cloud = init.cloud;
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.requestId = init.requestId ?? "";
    this.notSent = init.notSent ?? false;
  }

  toJSON(): { cloud: Cloud; httpStatus: number; code: string; message: string; requestId: string } {
    return {
      cloud: this.cloud,
      httpStatus: this.httpStatus,
      code: this.code,
      message: this.message,
      requestId: this.requestId,
    };
  }
}

/** Codes for failures that never produced a vendor answer. */
export const TRANSPORT_CODES = {
  timeout: { code: "RequestTimeout", httpStatus: 504 },
  network: { code: "NetworkError", httpStatus: 502 },
  aborted: { code: "RequestAborted", httpStatus: 499 },
  invalidResponse: { code: "InvalidResponse", httpStatus: 502 },
} as const;

export function transportError(
  cloud: Cloud,
  kind: keyof typeof TRANSPORT_CODES,
  message: string,
  notSent = false,
): CloudError {
  return new CloudError({ cloud, ...TRANSPORT_CODES[kind], message, requestId: "", notSent });
}

// Alibaba echoes its string-to-sign on SignatureDoesNotMatch ("… server string to sign is:GET&%2F&…"): it repeats
// every parameter and would land in logs and in the browser. Keep the sentence, drop the echo.
const STRING_TO_SIGN_ECHO = /\s*server\s+string\s*to\s*sign\s+is\s*:[\s\S]*$/i;

/**
 * Removes the V1/V3 string-to-sign echo and any literal occurrence of `secrets` (secret key, session token,
 * signature, Authorization value) from a message before it leaves lib/cloud.
 */
export function sanitizeMessage(message: string, secrets: readonly (string | undefined)[] = []): string {
  let out = message.replace(STRING_TO_SIGN_ECHO, "");
  for (const secret of secrets) {
    // Very short values would redact ordinary words; real secrets are long.
    if (secret && secret.length >= 8) out = out.split(secret).join("[redacted]");
  }
  return out.trim();
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}

/** Pulls one `<Tag>…</Tag>` out of Alibaba's XML error form (sent when a client asked for XML). */
function xmlTag(text: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(text);
  return m?.[1];
}

/**
 * An Alibaba answer → CloudError, or `undefined` for a success. Errors are the 4xx/5xx answers; their JSON body is
 * `{Code, Message, RequestId, HostId, Recommend}` (docs/cloud-apis.md §1.5). `body` is the parsed JSON if it was JSON, `text`
 * the raw body.
 */
export function parseAlibabaError(
  httpStatus: number,
  body: unknown,
  text: string,
  secrets: readonly (string | undefined)[] = [],
): CloudError | undefined {
  if (httpStatus >= 200 && httpStatus < 300) return undefined;
  const json = asRecord(body);
  const code = str(json?.Code) ?? xmlTag(text, "Code") ?? `HTTP${httpStatus}`;
  const message = str(json?.Message) ?? xmlTag(text, "Message") ?? `HTTP ${httpStatus} without an error body`;
  const requestId = str(json?.RequestId) ?? xmlTag(text, "RequestId") ?? "";
  return new CloudError({
    cloud: "aliyun",
    httpStatus,
    code,
    message: sanitizeMessage(message, secrets),
    requestId,
  });
}

/**
 * A Volcengine answer → CloudError, or `undefined` for a success. `ResponseMetadata.Error` is checked on every
 * answer whatever the status: Live returns `CommonErr` with HTTP 200 (docs/cloud-apis.md §5.3).
 */
export function parseVolcengineError(
  httpStatus: number,
  body: unknown,
  secrets: readonly (string | undefined)[] = [],
): CloudError | undefined {
  const meta = asRecord(asRecord(body)?.ResponseMetadata);
  const error = asRecord(meta?.Error);
  const requestId = str(meta?.RequestId) ?? "";
  if (error) {
    return new CloudError({
      cloud: "volcengine",
      httpStatus,
      code: str(error.Code) ?? `HTTP${httpStatus}`,
      message: sanitizeMessage(str(error.Message) ?? "", secrets),
      requestId,
    });
  }
  if (httpStatus >= 200 && httpStatus < 300) return undefined;
  return new CloudError({
    cloud: "volcengine",
    httpStatus,
    code: `HTTP${httpStatus}`,
    message: `HTTP ${httpStatus} without an error envelope`,
    requestId,
  });
}
