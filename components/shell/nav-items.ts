import type { MessageKey } from "@/lib/i18n/catalog";
import type { Cloud } from "@/lib/operations/types";

export interface NavItem {
  href: string;
  labelKey: MessageKey;
  /** The cloud the resource kind lives in, shown beside the label. */
  cloud?: Cloud;
}

/**
 * The side navigation: the overview, the five resource kinds in the order the design card lists them, and the
 * activity (audit trail).
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "shell.nav.overview" },
  { href: "/multicast-sources", labelKey: "shell.nav.multicastSources", cloud: "aliyun" },
  { href: "/router-interfaces", labelKey: "shell.nav.routerInterfaces", cloud: "aliyun" },
  { href: "/mirror-sessions", labelKey: "shell.nav.mirrorSessions", cloud: "volcengine" },
  { href: "/ga-destinations", labelKey: "shell.nav.gaDestinations", cloud: "aliyun" },
  { href: "/relay-sources", labelKey: "shell.nav.relaySources", cloud: "volcengine" },
  { href: "/activity", labelKey: "shell.nav.activity" },
];

export const CLOUD_LABEL_KEYS: Record<Cloud, MessageKey> = {
  aliyun: "common.cloud.aliyun",
  volcengine: "common.cloud.volcengine",
};

/** A section link stays current on its detail pages (`/mirror-sessions/tms-1`); the overview only on `/`. */
export function isActivePath(href: string, pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
