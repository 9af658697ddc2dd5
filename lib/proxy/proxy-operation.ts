import "server-only";
import { z } from "zod";
import { callOperation } from "@/lib/cloud/call-operation";
import type { Env } from "@/lib/cloud/emulator-identity";
import { regionIsRequired } from "@/lib/cloud/endpoints";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "@/lib/i18n/locales";
import { validationMessage } from "@/lib/i18n/validation-message";
import { findOperation } from "@/lib/operations/catalog";
import type { OperationDef } from "@/lib/operations/types";
import { regionId } from "@/lib/schemas/common";
import { callFailure } from "./call-failure";
import { crossSiteRefusal, isCrossSite } from "./cross-site";
import type { FieldIssue, ProxyErrorBody, ProxySuccessBody } from "./proxy-error";

const envelope = z.object({ region: regionId.optional(), input: z.record(z.string(), z.unknown()) });

/**
 * What the proxy reads from an incoming call. A web `Request` satisfies it (the Next route hands its own over); the
 * run command's node:http fast path (lib/server/operation-endpoint.ts) adapts `IncomingMessage` to it.
 */
export interface ProxyRequest {
  headers: Pick<Headers, "get">;
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

/** A refusal of the request itself (not the cloud's answer, not the input's validation). */
export function requestError(status: number, code: string, message: string): ProxyReply {
  return json({ error: { source: "request", code, message } }, status);
}

const LOCALE_IN_COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`);

function localeOf(request: ProxyRequest): Locale {
  const cookie = request.headers.get("cookie") ?? "";
  // Locale values are plain ASCII ("en", "zh-CN"): no decoding, so a mangled cookie can only fall back to English.
  return resolveLocale(LOCALE_IN_COOKIE.exec(cookie)?.[1]);
}

function fieldIssues(error: z.ZodError, locale: Locale, prefix: string[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join("."),
    message: validationMessage(issue.message, locale),
  }));
}

function invalid(fields: FieldIssue[], locale: Locale): ProxyReply {
  const message = validationMessage("validation.invalidInput", locale);
  return json({ error: { source: "validation", code: "InvalidInput", message, fields } }, 400);
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
 * POST /api/operations/<id>: same-origin check → catalog allowlist → the catalog's own schema → signed call.
 * Nothing reaches the cloud unless every check passed; replies never carry endpoints, keys or signatures.
 */
export async function handleOperationCall(
  request: ProxyRequest,
  id: string,
  options: ProxyOptions = {},
): Promise<ProxyReply> {
  if (isCrossSite(request.headers)) return crossSiteRefusal();
  const op = findOperation(id);
  if (!op) return requestError(404, "UnknownOperation", `No operation ${id} in the catalog.`);

  const locale = localeOf(request);
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    return invalid([{ path: "", message: validationMessage("validation.jsonBody", locale) }], locale);
  }
  const outer = envelope.safeParse(body);
  if (!outer.success) return invalid(fieldIssues(outer.error, locale), locale);
  const parsed = op.input.safeParse(outer.data.input);
  if (!parsed.success) return invalid(fieldIssues(parsed.error, locale, ["input"]), locale);
  const region = regionFor(op, outer.data.region);
  if (region === null)
    return invalid([{ path: "region", message: validationMessage("validation.region", locale) }], locale);

  let outcome: ProxySuccessBody | ProxyErrorBody;
  let status: number;
  try {
    const { requestId, result } = await callOperation(op, parsed.data as Record<string, unknown>, {
      region,
      signal: request.signal,
      env: options.env,
    });
    outcome = { requestId, result };
    status = 200;
  } catch (error) {
    ({ outcome, status } = callFailure(error, locale));
  }
  options.onSettled?.({ op, region, outcome });
  return json(outcome, status);
}
