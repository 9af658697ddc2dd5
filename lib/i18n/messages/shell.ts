import { defineMessages } from "../define-messages";

/** The console frame: header, navigation, language and theme switches. */
export const shellMessages = defineMessages({
  en: {
    "shell.skipToContent": "Skip to main content",
    "shell.nav.label": "Main navigation",
    "shell.nav.overview": "Overview",
    "shell.nav.multicastSources": "Multicast sources",
    "shell.nav.routerInterfaces": "Router interfaces",
    "shell.nav.mirrorSessions": "Traffic-mirror sessions",
    "shell.nav.gaDestinations": "GA destinations",
    "shell.nav.relaySources": "Relay sources",
    "shell.nav.activity": "Activity",
    // Read by screen readers before the mode name; the trailing space separates the two in English.
    "shell.mode.prefix": "Backend: ",
    "shell.mode.emulatorHint": "Requests go to the embedded cloud emulator; nothing reaches a real cloud.",
    "shell.mode.cloudHint": "Requests are signed and sent to the real cloud APIs.",
    "shell.language.label": "Language",
    // Language names are written in their own language in both catalogs, so people can find theirs.
    "shell.language.en": "English",
    "shell.language.zh-CN": "简体中文",
    "shell.theme.dark": "Dark theme",
    "shell.settings.label": "Display settings",
    "shell.notFound.title": "Page not found",
    "shell.notFound.body": "There is nothing at this address. Pick a section from the navigation.",
  },
  "zh-CN": {
    "shell.skipToContent": "跳到主要内容",
    "shell.nav.label": "主导航",
    "shell.nav.overview": "概览",
    "shell.nav.multicastSources": "组播源",
    "shell.nav.routerInterfaces": "路由器接口",
    "shell.nav.mirrorSessions": "流量镜像会话",
    "shell.nav.gaDestinations": "GA 自定义路由目标",
    "shell.nav.relaySources": "回源配置",
    "shell.nav.activity": "操作记录",
    "shell.mode.prefix": "后端：",
    "shell.mode.emulatorHint": "请求发送到内置的云模拟器，不会到达真实的云。",
    "shell.mode.cloudHint": "请求经过签名后发送到真实的云 API。",
    "shell.language.label": "语言",
    "shell.language.en": "English",
    "shell.language.zh-CN": "简体中文",
    "shell.theme.dark": "深色主题",
    "shell.settings.label": "显示设置",
    "shell.notFound.title": "页面不存在",
    "shell.notFound.body": "此地址没有内容，请从导航中选择一个栏目。",
  },
});
