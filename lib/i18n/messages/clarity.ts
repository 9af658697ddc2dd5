import { defineMessages } from "../define-messages";

/**
 * Outcomes, recovery, confirmations and notifications (issue #18): what the error panel, the check and retry
 * buttons, the skeletons, the toasts and the notification centre say.
 */
export const clarityMessages = defineMessages({
  en: {
    // One message per panel, one panel per outcome class (lib/cloud/outcome.ts).
    "clarity.unknown.title": "Outcome unknown: {subject}",
    "clarity.unknown.body": "The request may have been applied. Check the resource before trying again.",
    "clarity.unavailable.title": "Not applied: {subject}",
    "clarity.unavailable.body": "{cloud} did not take the request, so nothing was changed. Retrying is safe.",
    "clarity.unavailable.bodyConsole":
      "The console's server could not be reached, so nothing was sent. Retrying is safe.",
    "clarity.read.unavailable":
      "{cloud} is not answering right now. Retrying is safe; this page keeps trying.",
    "clarity.read.noAnswer": "No answer came back. Retrying is safe; this page keeps trying.",
    "clarity.read.failed": "Could not read this",
    "clarity.details": "Technical details",
    "clarity.checkNow": "Check now",
    "clarity.checking": "Checking…",
    "clarity.retrySame": "Retry with the same request",
    "clarity.retrySameHint": "Sends the same ClientToken: the cloud applies the change at most once.",
    "clarity.check.reread":
      "Read the current state again at {time}: what this page shows now is the cloud's state.",
    "clarity.check.failed": "The current state could not be read either: {message}",
    "clarity.check.gone": "Checked at {time}: {id} is no longer listed in {region}. The delete was applied.",
    "clarity.check.present": "Checked at {time}: {id} is still listed in {region}, status {status}.",
    "clarity.loading": "Loading…",
    // Toasts.
    "clarity.toast.open": "Open",
    "clarity.toast.dismiss": "Dismiss",
    // Notification centre.
    "clarity.notifications.label": "Notifications",
    "clarity.notifications.unread": "{count} unread",
    "clarity.notifications.empty": "Nothing has settled or failed since you opened the console.",
    "clarity.notifications.markRead": "Mark all as read",
    "clarity.notifications.title": "Operations",
    "clarity.notifications.settled": "{action} settled",
    "clarity.notifications.failed": "{action} failed",
    "clarity.notifications.notConfirmed": "{action} not confirmed",
    "clarity.notifications.on": "{resources} · {region} · by {actor}",
    "clarity.notifications.history": "Open in Activity",
  },
  "zh-CN": {
    "clarity.unknown.title": "结果未知：{subject}",
    "clarity.unknown.body": "请求可能已经生效。再次操作前，请先检查该资源。",
    "clarity.unavailable.title": "未生效：{subject}",
    "clarity.unavailable.body": "{cloud} 未受理该请求，未做任何变更。可以放心重试。",
    "clarity.unavailable.bodyConsole": "无法连接控制台服务器，请求未发出。可以放心重试。",
    "clarity.read.unavailable": "{cloud} 暂时没有响应。可以放心重试；本页会自动继续尝试。",
    "clarity.read.noAnswer": "没有收到答复。可以放心重试；本页会自动继续尝试。",
    "clarity.read.failed": "无法读取",
    "clarity.details": "技术详情",
    "clarity.checkNow": "立即检查",
    "clarity.checking": "正在检查…",
    "clarity.retrySame": "用同一请求重试",
    "clarity.retrySameHint": "使用同一个 ClientToken：云端最多执行一次该变更。",
    "clarity.check.reread": "已于 {time} 重新读取当前状态：本页现在显示的就是云端的状态。",
    "clarity.check.failed": "当前状态也无法读取：{message}",
    "clarity.check.gone": "{time} 检查：{id} 已不在 {region} 的列表中，删除已生效。",
    "clarity.check.present": "{time} 检查：{id} 仍在 {region} 的列表中，状态为 {status}。",
    "clarity.loading": "加载中…",
    "clarity.toast.open": "打开",
    "clarity.toast.dismiss": "关闭",
    "clarity.notifications.label": "通知",
    "clarity.notifications.unread": "{count} 条未读",
    "clarity.notifications.empty": "自打开控制台以来，没有操作完成或失败。",
    "clarity.notifications.markRead": "全部标为已读",
    "clarity.notifications.title": "操作",
    "clarity.notifications.settled": "{action} 已完成",
    "clarity.notifications.failed": "{action} 失败",
    "clarity.notifications.notConfirmed": "{action} 未能确认",
    "clarity.notifications.on": "{resources} · {region} · 操作人 {actor}",
    "clarity.notifications.history": "在操作记录中查看",
  },
});
