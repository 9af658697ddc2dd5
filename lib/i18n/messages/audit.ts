import { defineMessages } from "../define-messages";

/** The audit trail: the /activity page, its filters and export, operation timelines, and the API's refusals. */
export const auditMessages = defineMessages({
  en: {
    "audit.error.writeFailed":
      "The cloud answered (RequestId {requestId}), but the console could not record the outcome in its audit trail. Check the activity page before trying again.",
    "audit.error.unavailable":
      "The console's audit trail cannot be written, so nothing was sent to the cloud. Try again shortly.",
    "audit.filter.invalid": "Some filters are not valid.",
    "audit.filter.date":
      "Use a date (2026-12-07), a date and time (2026-12-07T10:01:00Z) or epoch milliseconds.",
    "audit.filter.range": "The end of the time range must come after its start.",
    "audit.filter.cursor": "This page link is not valid; start again from the first page.",
    "audit.filter.outcome": "Choose one of ok, refused, failed, unknown.",
    "audit.filter.limit": "Use a whole number from 1 to 200.",
    "audit.filter.action": "Use an action name, or a prefix ending in * (users.*).",
    "audit.filter.format": "Choose csv or jsonl.",
    "audit.filter.empty": "Leave it out or enter a value.",
    "audit.filter.tooLong": "This value is too long.",
    "audit.filter.unknown": "There is no such filter.",
    "audit.filter.repeated": "Give this filter once.",
    "audit.history.badId": "Not an operation id.",
    "audit.history.notFound": "No such operation in the history.",
  },
  "zh-CN": {
    "audit.error.writeFailed":
      "云端已应答（请求 ID {requestId}），但控制台无法把结果写入审计记录。请先查看操作记录页面再重试。",
    "audit.error.unavailable": "控制台无法写入审计记录，因此未向云端发送任何请求。请稍后重试。",
    "audit.filter.invalid": "部分筛选条件无效。",
    "audit.filter.date": "请使用日期（2026-12-07）、日期时间（2026-12-07T10:01:00Z）或毫秒时间戳。",
    "audit.filter.range": "时间范围的结束必须晚于开始。",
    "audit.filter.cursor": "该分页链接无效，请从第一页重新开始。",
    "audit.filter.outcome": "请选择 ok、refused、failed 或 unknown。",
    "audit.filter.limit": "请使用 1 到 200 之间的整数。",
    "audit.filter.action": "请使用操作名称，或以 * 结尾的前缀（如 users.*）。",
    "audit.filter.format": "请选择 csv 或 jsonl。",
    "audit.filter.empty": "请删除该条件或填写值。",
    "audit.filter.tooLong": "该值过长。",
    "audit.filter.unknown": "没有这个筛选条件。",
    "audit.filter.repeated": "该筛选条件只能出现一次。",
    "audit.history.badId": "不是有效的操作 ID。",
    "audit.history.notFound": "操作记录中没有该操作。",
  },
});
