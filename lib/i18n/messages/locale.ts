import { defineMessages } from "../define-messages";

/**
 * Vendor values in the operator's language (lib/i18n/vendor-value.ts), the way the clouds' own Chinese consoles name
 * them (Alibaba's DescribeRouterInterfaces and GA docs, Volcengine's VPC docs); the raw value stays beside the word.
 * Keys are the raw value exactly as the API spells it, case included ("Active" and GA's "active" differ), so a
 * value nobody translated yet falls back to itself. English keeps the vendor's word where it already reads as
 * English, so API docs, CLI output and the console agree.
 */
export const localeMessages = defineMessages({
  en: {
    "locale.withRaw": "{label} ({raw})",
    // Units as the clouds' consoles write them; {value} is already formatted for the language.
    "locale.unit.mbps": "{value} Mbps",
    "locale.specBandwidth": "{spec} ({bandwidth})",
    // A domain and its type in a list of a vhost's domains, and one that is not serving.
    "locale.domainEntry": "{domain} ({type})",
    "locale.domainEntryNotServing": "{domain} ({type}, {reason})",

    // Router interfaces (Alibaba VPC).
    "locale.value.Idle": "Idle",
    "locale.value.Connecting": "Connecting",
    "locale.value.AcceptingConnecting": "Accepting connection",
    "locale.value.Activating": "Activating",
    "locale.value.Active": "Active",
    "locale.value.Modifying": "Modifying",
    "locale.value.Deactivating": "Deactivating",
    "locale.value.Inactive": "Inactive",
    "locale.value.Deleting": "Deleting",
    "locale.value.Deleted": "Deleted",
    // Multicast sources (Alibaba CEN).
    "locale.value.Registering": "Registering",
    "locale.value.Registered": "Registered",
    "locale.value.Deregistering": "Deregistering",
    "locale.value.Associating": "Associating",
    "locale.value.Associated": "Associated",
    "locale.value.Dissociating": "Dissociating",
    // Traffic mirroring and ENIs (Volcengine VPC).
    "locale.value.Creating": "Creating",
    "locale.value.Updating": "Updating",
    "locale.value.Failed": "Failed",
    "locale.value.Available": "Available",
    "locale.value.InUse": "In use",
    "locale.value.Attaching": "Attaching",
    "locale.value.Detaching": "Detaching",
    "locale.value.Pending": "Pending",
    "locale.value.primary": "Primary",
    "locale.value.secondary": "Secondary",
    "locale.value.trunk": "Trunk",
    "locale.value.NetworkInterface": "Network interface",
    "locale.value.ClbInstance": "CLB instance",
    // Global Accelerator (Alibaba): lower-case states, English as the API writes them except the cryptic ones.
    "locale.value.init": "initializing",
    "locale.value.active": "active",
    "locale.value.configuring": "configuring",
    "locale.value.binding": "binding",
    "locale.value.unbinding": "unbinding",
    "locale.value.updating": "updating",
    "locale.value.deleting": "deleting",
    "locale.value.finacialLocked": "locked for overdue payment",
    // GA port mappings: does traffic reach the destination.
    "locale.value.allow": "allow",
    "locale.value.deny": "deny",
    // Live domain types (Volcengine), and a relay config the overview counts (the API has no states for it).
    "locale.value.Saved": "Saved",
    "locale.value.push": "push",
    "locale.value.pull-flv": "pull-flv",
  },
  "zh-CN": {
    "locale.withRaw": "{label}（{raw}）",
    "locale.unit.mbps": "{value} Mbps",
    "locale.specBandwidth": "{spec}（{bandwidth}）",
    "locale.domainEntry": "{domain}（{type}）",
    "locale.domainEntryNotServing": "{domain}（{type}，{reason}）",

    "locale.value.Idle": "空闲",
    "locale.value.Connecting": "发起连接中",
    "locale.value.AcceptingConnecting": "接收连接中",
    "locale.value.Activating": "恢复中",
    "locale.value.Active": "已激活",
    "locale.value.Modifying": "修改中",
    "locale.value.Deactivating": "冻结中",
    "locale.value.Inactive": "已冻结",
    "locale.value.Deleting": "删除中",
    "locale.value.Deleted": "已删除",
    "locale.value.Registering": "注册中",
    "locale.value.Registered": "已注册",
    "locale.value.Deregistering": "注销中",
    "locale.value.Associating": "关联中",
    "locale.value.Associated": "已关联",
    "locale.value.Dissociating": "解除关联中",
    "locale.value.Creating": "创建中",
    "locale.value.Updating": "更新中",
    "locale.value.Failed": "失败",
    "locale.value.Available": "可用",
    "locale.value.InUse": "已绑定",
    "locale.value.Attaching": "绑定中",
    "locale.value.Detaching": "解绑中",
    "locale.value.Pending": "等待中",
    "locale.value.primary": "主网卡",
    "locale.value.secondary": "辅助网卡",
    "locale.value.trunk": "中继网卡",
    "locale.value.NetworkInterface": "弹性网卡",
    "locale.value.ClbInstance": "CLB 实例",
    "locale.value.init": "初始化中",
    "locale.value.active": "可用",
    "locale.value.configuring": "配置中",
    "locale.value.binding": "绑定中",
    "locale.value.unbinding": "解绑中",
    "locale.value.updating": "更新中",
    "locale.value.deleting": "删除中",
    "locale.value.finacialLocked": "欠费锁定",
    "locale.value.allow": "允许",
    "locale.value.deny": "拒绝",
    "locale.value.Saved": "已保存",
    "locale.value.push": "推流域名",
    "locale.value.pull-flv": "FLV 拉流域名",
  },
});
