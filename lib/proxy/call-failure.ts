import "server-only";
import { CloudError } from "@/lib/cloud/cloud-error";
import { ConfigError } from "@/lib/cloud/config-error";
import { outcomeOf } from "@/lib/cloud/outcome";
import type { Locale } from "@/lib/i18n/locales";
import { configMessage } from "./config-messages";
import type { ProxyErrorBody } from "./proxy-error";

/** The cloud gave no HTTP answer at all: the per-attempt timeout, or the connection closed after sending. */
function noAnswer(error: CloudError): boolean {
  return error.code === "RequestTimeout" || (error.code === "NetworkError" && !error.notSent);
}

/**
 * The route's status for a cloud failure: the cloud's 4xx passes through so the browser sees what the cloud
 * said; an upstream 503 stays 503 (the cloud did not take it: outcome `unavailable`); any other upstream 5xx (or a
 * 2xx we could not read, or Live's 200 `CommonErr`) is a bad gateway, 502; no answer at all — a timeout or a
 * connection reset after sending — is a gateway timeout, 504 (outcome `unknown`).
 */
function statusOf(error: CloudError): number {
  if (error.httpStatus >= 400 && error.httpStatus < 500) return error.httpStatus;
  if (error.httpStatus === 503 && !noAnswer(error)) return 503;
  return noAnswer(error) ? 504 : 502;
}

/**
 * A forwarded call that failed → the reply. The cloud's answer and our own misconfiguration are replies (and
 * activity entries); anything else is a bug and is rethrown, for the caller's generic 500.
 */
export function callFailure(error: unknown, locale: Locale): { outcome: ProxyErrorBody; status: number } {
  if (error instanceof CloudError) {
    const outcome: ProxyErrorBody = {
      error: {
        source: "cloud",
        cloud: error.cloud,
        code: error.code,
        message: error.message,
        requestId: error.requestId,
        httpStatus: error.httpStatus,
        outcome: outcomeOf(error),
      },
    };
    return { outcome, status: statusOf(error) };
  }
  if (error instanceof ConfigError) {
    // 503: this console cannot serve calls until its environment is fixed; the browser gets names, never values.
    // Nothing was sent (credentials and endpoint are resolved first), and asking again cannot help: refused.
    const message = configMessage(error, locale);
    return {
      outcome: {
        error: {
          source: "config",
          code: error.code,
          message,
          variables: [...error.variables],
          outcome: "refused",
        },
      },
      status: 503,
    };
  }
  throw error;
}
