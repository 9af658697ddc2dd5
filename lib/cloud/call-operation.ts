import "server-only";
import { randomUUID } from "node:crypto";
import type { OperationDef, OutputOf } from "@/lib/operations/types";
import { CloudError, parseAlibabaError, parseVolcengineError, transportError } from "./cloud-error";
import { alibabaCredentials, volcengineCredentials } from "./credentials";
import type { Env } from "./emulator-identity";
import { resolveEndpoint, type ResolvedEndpoint } from "./endpoints";
import { rateLimitKey, sharedRateLimiter, type RateLimiter } from "./rate-limit";
import { DEFAULT_RETRY_POLICY, sleepMs, withRetries, type RetryPolicy } from "./retry";
import { httpTransport, type Transport, type TransportResponse } from "./http-transport";
import { buildWireRequest, type WireRequest } from "./wire";

/**
 * encode → sign → send (with timeout) → decode, with retries (lib/cloud/retry.ts). The one way the console talks
 * to a cloud. Nothing here logs; errors carry no secret, signature or Authorization value.
 */

export interface CallOptions {
  /** The region the operator picked; ignored when the operation has a fixed region. */
  region?: string;
  signal?: AbortSignal;
  /** The HTTP client; undici by default (lib/cloud/http-transport.ts). Tests pass a scripted `fetch`. */
  fetch?: Transport;
  now?: () => Date;
  env?: Env;
  /** Per attempt, including reading the body. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy> & {
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    random?: () => number;
  };
  /** Paces operations that declare `rateLimitPerSecond`; defaults to the process-wide limiter. */
  rateLimiter?: Pick<RateLimiter, "acquire">;
}

export interface CallResult<T> {
  requestId: string;
  /** The vendor body without its envelope: Alibaba minus `RequestId`; Volcengine `Result` (or `{}`). */
  result: T;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

// Failures where the TCP connection never opened, so the request cannot have reached the cloud.
const NOT_SENT_CAUSES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_CONNECT_TIMEOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);

export async function callOperation<Op extends OperationDef>(
  op: Op,
  input: Readonly<Record<string, unknown>>,
  options: CallOptions = {},
): Promise<CallResult<OutputOf<Op>>> {
  const env = options.env ?? process.env;
  const endpoint = resolveEndpoint(op, options.region, env);
  const credentials = op.cloud === "aliyun" ? alibabaCredentials(env) : volcengineCredentials(env);
  const secrets = Object.values(credentials).filter((v) => v !== credentials.accessKeyId);

  const params: Record<string, unknown> = { ...input };
  if (op.region.param) params[op.region.param] = endpoint.region;
  // One token for every attempt, so a retry after a timeout is deduplicated by the cloud instead of run twice.
  if (
    op.kind === "mutation" &&
    op.idempotent &&
    (params.ClientToken === undefined || params.ClientToken === "")
  ) {
    params.ClientToken = randomUUID();
  }
  const repeatable =
    op.kind === "query" ||
    op.repeatSafe === true ||
    (op.idempotent === true && typeof params.ClientToken === "string");

  const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, ...pickPolicy(options.retry) };

  return withRetries(
    async () => {
      // Every attempt (retries too) waits its turn under the account's documented rate; waiting replaces failing.
      if (op.rateLimitPerSecond) {
        const limiter = options.rateLimiter ?? sharedRateLimiter;
        await limiter.acquire(
          rateLimitKey(op, credentials.accessKeyId),
          op.rateLimitPerSecond,
          options.signal,
        );
      }
      if (options.signal?.aborted) {
        throw transportError(op.cloud, "aborted", "The request was cancelled before it was sent", true);
      }
      const wire = buildWireRequest(op, params, {
        endpoint,
        credentials,
        date: (options.now ?? (() => new Date()))(),
        // 122 random bits from node's pre-filled UUID pool: unique per attempt without a randomBytes call each time.
        nonce: randomUUID().replaceAll("-", ""),
      });
      const authorization = wire.headers.authorization;
      const attemptSecrets = [
        ...secrets,
        authorization,
        /Signature=([0-9a-f]+)/.exec(authorization ?? "")?.[1],
      ];
      const { status, text, headers } = await send(op, wire, endpoint, options);
      return decode<OutputOf<Op>>(op, status, text, headers, attemptSecrets);
    },
    {
      policy,
      repeatable,
      sleep: options.retry?.sleep ?? sleepMs,
      random: options.retry?.random ?? Math.random,
      signal: options.signal,
      isCloudError: (e): e is CloudError => e instanceof CloudError,
    },
  );
}

function pickPolicy(r: CallOptions["retry"]): Partial<RetryPolicy> {
  const out: Partial<RetryPolicy> = {};
  if (r?.maxRetries !== undefined) out.maxRetries = r.maxRetries;
  if (r?.baseDelayMs !== undefined) out.baseDelayMs = r.baseDelayMs;
  if (r?.maxDelayMs !== undefined) out.maxDelayMs = r.maxDelayMs;
  if (r?.processingWaitMs !== undefined) out.processingWaitMs = r.processingWaitMs;
  return out;
}

async function send(
  op: OperationDef,
  wire: WireRequest,
  endpoint: ResolvedEndpoint,
  options: CallOptions,
): Promise<{ status: number; text: string; headers: TransportResponse["headers"] }> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const response = await (options.fetch ?? httpTransport)(wire.url, {
      method: wire.method,
      headers: wire.headers,
      body: wire.body,
      signal: options.signal,
      timeoutMs,
      // A redirect would carry signed headers to a host we did not choose; the clouds never redirect API calls.
      redirect: "manual",
    });
    const text = await response.text();
    return { status: response.status, text, headers: response.headers };
  } catch (e) {
    if (options.signal?.aborted) throw transportError(op.cloud, "aborted", "The request was cancelled");
    if ((e as Error | undefined)?.name === "TimeoutError" || isAnswerTimeout(e))
      // No host in the message: it reaches the browser, and the endpoint may be a private override.
      throw transportError(op.cloud, "timeout", `No answer from the cloud within ${timeoutMs} ms`);
    const cause = causeCode(e);
    // The transport says whether the request was written (lib/cloud/http-transport.ts); a scripted fetch only
    // carries the socket's code.
    const notSent =
      (e as { requestSent?: unknown } | undefined)?.requestSent === false ||
      (cause !== undefined && NOT_SENT_CAUSES.has(cause));
    throw transportError(
      op.cloud,
      "network",
      `Could not reach the cloud endpoint${cause ? ` (${cause})` : ""}`,
      notSent,
    );
  }
}

// undici's own timeouts while waiting for the answer (the request was sent): the same as our per-attempt timeout.
const ANSWER_TIMEOUT_CAUSES = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

function isAnswerTimeout(e: unknown): boolean {
  const cause = causeCode(e);
  return cause !== undefined && ANSWER_TIMEOUT_CAUSES.has(cause);
}

/**
 * The socket error's code: our transport puts it on the error itself; `fetch` (scripted in tests) wraps it as
 * `TypeError("fetch failed", { cause: { code } })`, sometimes in an AggregateError.
 */
function causeCode(e: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = e;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      current = errors[0];
      continue;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function decode<T>(
  op: OperationDef,
  status: number,
  text: string,
  headers: TransportResponse["headers"],
  secrets: readonly (string | undefined)[],
): CallResult<T> {
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  const error =
    op.cloud === "aliyun"
      ? parseAlibabaError(status, json, text, secrets)
      : parseVolcengineError(status, json, secrets);
  if (error) throw error;
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw transportError(op.cloud, "invalidResponse", `HTTP ${status} with a body that is not a JSON object`);
  }
  const body = json as Record<string, unknown>;
  if (op.cloud === "aliyun") {
    const { RequestId, ...result } = body;
    const requestId = typeof RequestId === "string" ? RequestId : (headers.get("x-acs-request-id") ?? "");
    return { requestId, result: result as T };
  }
  const meta = body.ResponseMetadata as { RequestId?: unknown } | undefined;
  const requestId = typeof meta?.RequestId === "string" ? meta.RequestId : "";
  return { requestId, result: (body.Result ?? {}) as T };
}
