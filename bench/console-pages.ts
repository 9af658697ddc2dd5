/**
 * The console's pages as the benches visit them: every page of the side navigation (components/shell/nav-items.ts,
 * so a new page is measured without touching the benches) plus the pages reached from the header.
 */
import { NAV_ITEMS } from "../components/shell/nav-items";

export const CONSOLE_PAGES: readonly string[] = [
  ...NAV_ITEMS.map((item) => item.href),
  "/settings/tokens",
  "/account",
];

/** A page per resource kind (issue #17); the bundle bench needs only the route, Lighthouse the seeded ones. */
export const RESOURCE_PAGES = {
  mirrorSession: "/mirror-sessions/cn-beijing/tms-2d6tmsajxq9kw58ozfe3zalgw",
  /** The emulator's seeded active router interface (its page reads both sides of the pair). */
  routerInterface: "/router-interfaces/cn-hangzhou/ri-bp1m4n7b0v3c6x9z2l5k8j",
  multicastSource: "/multicast-sources/cn-hangzhou/tr-mcast-domain-1/239.1.1.1/eni-1",
  gaDestination: "/ga-destinations/ga-1/lsr-1/epg-1/dst-1",
  relaySource: "/relay-sources/live.example.com?app=live",
} as const;
