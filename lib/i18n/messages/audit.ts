import { defineMessages } from "../define-messages";

/** The audit trail: the /activity page, its filters and export, operation timelines, and the API's refusals. */
export const auditMessages = defineMessages({
  en: {
    "audit.error.writeFailed":
      "The cloud answered (RequestId {requestId}), but the console could not record the outcome in its audit trail. Check the activity page before trying again.",
    "audit.error.unavailable":
      "The console's audit trail cannot be written, so nothing was sent to the cloud. Try again shortly.",
  },
  "zh-CN": {
    "audit.error.writeFailed":
      "云端已应答（请求 ID {requestId}），但控制台无法把结果写入审计记录。请先查看操作记录页面再重试。",
    "audit.error.unavailable": "控制台无法写入审计记录，因此未向云端发送任何请求。请稍后重试。",
  },
});
