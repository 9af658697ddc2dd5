import "server-only";
import { z } from "zod";
import { callOperation, type CallOptions } from "@/lib/cloud/call-operation";
import type { Env } from "@/lib/cloud/emulator-identity";
import { regionIsRequired } from "@/lib/cloud/endpoints";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { validationMessage } from "@/lib/i18n/validation-message";
import { findOperation } from "@/lib/operations/catalog";
import type { OperationDef } from "@/lib/operations/types";
import { regionId } from "@/lib/schemas/common";
import { callFailure } from "./call-failure";
import { crossSiteRefusal, isCrossSite } from "./cross-site";
import type { Outcome, ProxyErrorBody, ProxySuccessBody } from "./proxy-error";
import { MAX_BODY_BYTES, readBodyText } from "./request-body";
import { readKey, type SharedReads } from "./shared-reads";
import { fieldIssues, invalidInput } from "./validation-reply";

const envelope = z.object({ region: regionId.optional(), input: z.record(z.string(), z.unknown()) });

/**
 * What the proxy reads from an incoming call. A web `Request` satisfies it (the Next route hands its own over, and
 * its body is read as a stream, counted against MAX_BODY_BYTES); the run command's node:http fast path
 * (lib/server/operation-endpoint.ts) adapts `IncomingMessage` to it.
 */
export interface ProxyRequest {
  headers: Pick<Headers, "get">;
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
  signal?: AbortSignal;
}

/** The reply before it is put on a transport. */
export interface ProxyReply {
  status: number;
  body: ProxyErrorBody | ProxySuccessBody;
}

/** Proxy replies are per-operator and change with every call. */
export const PROXY_REPLY_HEADERS = { "cache-control": "no-store" } as const;

export interface ProxyOptions {
  /** The server's configuration; `process.env` when not given (the run command passes a snapshot, see callers). */
  env?: Env;
  /** How the cloud is called (tests: a recording transport, no back-off waits); lib/cloud's defaults otherwise. */
  call?: Pick<CallOptions, "fetch" | "timeoutMs" | "retry" | "rateLimiter">;
  /**
   * Overlapping identical reads share one cloud call, and an answered change stops reads begun before it from
   * being joined (lib/proxy/shared-reads.ts). The route passes the process's instance; tests choose.
   */
  sharedReads?: SharedReads;
  /** Called once per forwarded operation, after it settles (the activity log listens here). */
  onSettled?: (event: {
    op: OperationDef;
    region: string;
    outcome: ProxySuccessBody | ProxyErrorBody;
  }) => void;
}

function json(body: ProxyErrorBody | ProxySuccessBody, status: number): ProxyReply {
  return { status, body };
}

/**
 * A refusal of the request itself (not the cloud's answer, not the input's validation): nothing was sent, so its
 * outcome is `refused` — except the console's own failure (500), after which nobody can say.
 */
export function requestError(
  status: number,
  code: string,
  message: string,
  outcome: Outcome = "refused",
): ProxyReply {
  return json({ error: { source: "request", code, message, outcome } }, status);
}

/**
 * Every error body leaves with an outcome. Refusals built elsewhere before any call (the cross-site check) carry
 * none of their own: nothing was sent, so they are `refused`.
 */
export function withOutcome<Reply extends { body: ProxyErrorBody | ProxySuccessBody }>(reply: Reply): Reply {
  const { body } = reply;
  if ("error" in body && body.error.outcome === undefined) {
    return { ...reply, body: { error: { ...body.error, outcome: "refused" } } };
  }
  return reply;
}

const LOCALE_IN_COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`);

function localeOf(request: ProxyRequest): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  // Locale values are plain ASCII ("en", "zh-CN"): no decoding, so a mangled cookie can only fall back to English.
  return resolveLocale(LOCALE_IN_COOKIE.exec(cookie)?.[1], request.headers.get("accept-language"));
}

/** Which region the call is for; null when the operation needs one and none was given. */
function regionFor(op: OperationDef, requested: string | undefined): string | null {
  if (op.region.fixed) return op.region.fixed;
  if (requested) return requested;
  // A region-free call (CEN) is recorded under cn-hangzhou; it reaches no regional host.
  return regionIsRequired(op) ? null : "cn-hangzhou";
}

/** The web form of {@link handleOperationCall}, for the Next route handler. */
export async function proxyOperation(
  request: Request,
  id: string,
  options: ProxyOptions = {},
): Promise<Response> {
  const { status, body } = await handleOperationCall(request, id, options);
  return Response.json(body, { status, headers: PROXY_REPLY_HEADERS });
}

/**
 * POST /api/operations/<id>: same-origin check → catalog allowlist → body size → the catalog's own schema →
 * signed call. Nothing reaches the cloud unless every check passed; replies never carry endpoints, keys or
 * signatures, and every error reply says what it means for the cloud's state (`outcome`). Never rejects: a bug of
 * ours is a JSON 500 whose outcome is `unknown`.
 */
export async function handleOperationCall(
  request: ProxyRequest,
  id: string,
  options: ProxyOptions = {},
): Promise<ProxyReply> {
  try {
    return withOutcome(await answer(request, id, options));
  } catch (error) {
    // No stack and no id as given (it is the caller's text); our own errors' messages hold no secret.
    console.error(
      `[console] operation call failed: ${error instanceof Error ? error.message : "unknown error"}`,
    );
    return requestError(500, "InternalError", "The console failed to handle this call.", "unknown");
  }
}

async function answer(request: ProxyRequest, id: string, options: ProxyOptions): Promise<ProxyReply> {
  if (isCrossSite(request.headers)) return crossSiteRefusal();
  const op = findOperation(id);
  if (!op) return requestError(404, "UnknownOperation", "No operation with this id in the catalog.");

  const locale = localeOf(request);
  const text = await readBodyText(request);
  if (text === null)
    return requestError(413, "PayloadTooLarge", `Operation bodies are limited to ${MAX_BODY_BYTES} bytes.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalidInput([{ path: "", message: validationMessage("validation.jsonBody", locale) }], locale);
  }
  const outer = envelope.safeParse(body);
  if (!outer.success)
    return invalidInput(fieldIssues(outer.error, locale), locale, outer.error.issues.length);
  const parsed = op.input.safeParse(outer.data.input);
  if (!parsed.success)
    return invalidInput(fieldIssues(parsed.error, locale, ["input"]), locale, parsed.error.issues.length);
  const region = regionFor(op, outer.data.region);
  if (region === null)
    return invalidInput(
      [{ path: "region", message: validationMessage("validation.region", locale) }],
      locale,
    );

  let outcome: ProxySuccessBody | ProxyErrorBody;
  let status: number;
  try {
    const input = parsed.data as Record<string, unknown>;
    const call = (signal?: AbortSignal) =>
      callOperation(op, input, Object.assign({}, options.call, { region, signal, env: options.env }));
    const { sharedReads } = options;
    // A shared read is cancelled only when every caller waiting on it has left (lib/proxy/shared-reads.ts).
    const { requestId, result } =
      op.kind === "query" && sharedReads
        ? await sharedReads.share(readKey(op.id, region, input), call, request.signal)
        : await call(request.signal);
    outcome = { requestId, result };
    status = 200;
  } catch (error) {
    ({ outcome, status } = callFailure(error, locale));
  } finally {
    if (op.kind === "mutation") options.sharedReads?.changed();
  }
  options.onSettled?.({ op, region, outcome });
  return json(outcome, status);
}
