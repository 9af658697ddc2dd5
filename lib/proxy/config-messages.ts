import "server-only";
import type { ConfigError } from "@/lib/cloud/config-error";
import { EndpointConfigError } from "@/lib/cloud/config-error";
import { defineMessages } from "@/lib/i18n/define-messages";
import type { Locale } from "@/lib/i18n/locales";
import { interpolate } from "@/lib/i18n/translate";

/**
 * The 503 `source: "config"` messages, in the request's language. Server-only and kept out of the validation area
 * (which ships to the browser with every form): only the proxy ever writes them. They name variables, never
 * values, and say nothing was sent, which holds: credentials and endpoint are resolved before the first attempt.
 */
const configMessages = defineMessages({
  en: {
    "config.missingCredentials":
      "The console runs with CLOUD_MODE=cloud, but these server environment variables are missing or empty: {variables}. Set them and restart the console; nothing was sent to the cloud.",
    "config.endpointUrl":
      "The server environment variable {variables} is not an http(s) base URL such as https://host:port. Fix or unset it and restart the console; nothing was sent to the cloud.",
    "config.endpointPort":
      "The server environment variable {variables} is not a port number from 1 to 65535. Fix it and restart the console; nothing was sent to the cloud.",
  },
  "zh-CN": {
    "config.missingCredentials":
      "控制台以 CLOUD_MODE=cloud 运行，但服务器缺少以下环境变量或其值为空：{variables}。请设置后重启控制台；未向云端发送任何请求。",
    "config.endpointUrl":
      "服务器环境变量 {variables} 不是 http(s) 基础 URL（例如 https://host:port）。请修正或删除后重启控制台；未向云端发送任何请求。",
    "config.endpointPort":
      "服务器环境变量 {variables} 不是 1 到 65535 之间的端口号。请修正后重启控制台；未向云端发送任何请求。",
  },
});

export function configMessage(error: ConfigError, locale: Locale): string {
  const key =
    error instanceof EndpointConfigError
      ? error.expected === "port"
        ? "config.endpointPort"
        : "config.endpointUrl"
      : "config.missingCredentials";
  return interpolate(configMessages[locale][key], { variables: error.variables.join(", ") });
}
