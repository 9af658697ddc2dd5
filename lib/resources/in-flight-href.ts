import type { InFlight, ResourceKind } from "@/lib/overview/overview-types";
import { resourceHref } from "./resource-href";

/**
 * The page of a resource the overview lists as in flight, from the overview's own naming (lib/overview/
 * overview-reads.ts): a multicast source is "<group> <eni>" under its domain, a relay source "<vhost>/<app>".
 * Null where the overview names something without a page of its own (a GA endpoint group).
 */
export function inFlightHref(kind: ResourceKind, item: InFlight): string | null {
  switch (kind) {
    case "mirrorSessions":
      return resourceHref({ kind: "mirror-session", region: item.region, id: item.id });
    case "routerInterfaces":
      return resourceHref({ kind: "router-interface", region: item.region, id: item.id });
    case "multicastSources": {
      const [groupIp, eni] = item.id.split(" ");
      if (!groupIp || !eni || !item.parent) return null;
      return resourceHref({
        kind: "multicast-source",
        region: item.region,
        domainId: item.parent,
        groupIp,
        networkInterfaceId: eni,
      });
    }
    case "relaySources": {
      const slash = item.id.indexOf("/");
      if (slash <= 0) return null;
      return resourceHref({
        kind: "relay-source",
        vhost: item.id.slice(0, slash),
        app: item.id.slice(slash + 1),
      });
    }
    case "gaDestinations":
      return null;
  }
}
