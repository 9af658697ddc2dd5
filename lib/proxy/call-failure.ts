import "server-only";
import { CloudError } from "@/lib/cloud/cloud-error";
import { ConfigError } from "@/lib/cloud/config-error";
import type { Locale } from "@/lib/i18n/locales";
import { configMessage } from "./config-messages";
import type { ProxyErrorBody } from "./proxy-error";

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
      },
    };
    // The cloud's 4xx passes through so the browser sees what the cloud said; a 5xx is our upstream failing.
    const status = error.httpStatus >= 400 && error.httpStatus < 500 ? error.httpStatus : 502;
    return { outcome, status };
  }
  if (error instanceof ConfigError) {
    // 503: this console cannot serve calls until its environment is fixed; the browser gets names, never values.
    const message = configMessage(error, locale);
    return {
      outcome: { error: { source: "config", code: error.code, message, variables: [...error.variables] } },
      status: 503,
    };
  }
  throw error;
}
