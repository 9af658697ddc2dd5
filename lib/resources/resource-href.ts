import { isWellFormed, LONE_SURROGATE } from "@/lib/schemas/text-rules";

/**
 * The one place that knows the URL of every resource's own page. Lists, toasts, notifications, the command
 * palette and the activity log link through `resourceHref`, so a page's address changes in one file.
 * Every segment is encoded: ids come from the cloud and an IP or a vhost must not break the path.
 */
export type ResourceRef =
  | { kind: "mirror-session"; region: string; id: string }
  | { kind: "router-interface"; region: string; id: string }
  /** A multicast source is an ENI registered as a source of one group (IP) in one multicast domain. */
  | {
      kind: "multicast-source";
      region: string;
      domainId: string;
      groupIp: string;
      networkInterfaceId: string;
    }
  /** GA custom-routing destinations live under accelerator → listener → endpoint group. */
  | {
      kind: "ga-destination";
      acceleratorId: string;
      listenerId: string;
      endpointGroupId: string;
      destinationId: string;
    }
  /** Live relay origins are configured per vhost, optionally narrowed to an app and a group. */
  | { kind: "relay-source"; vhost: string; app?: string; group?: string };

export type ResourceKind = ResourceRef["kind"];

/**
 * Whether a value can be part of a URL at all (recorded input, e.g. a refused request's ids, may not be): a lone
 * UTF-16 surrogate makes encodeURIComponent throw ("URI malformed").
 */
export const isLinkable = isWellFormed;

// Never throws while rendering a list: an ill-formed id becomes U+FFFD (callers that can, skip the link instead).
const seg = (value: string) =>
  encodeURIComponent(isLinkable(value) ? value : value.replace(new RegExp(LONE_SURROGATE, "g"), "\uFFFD"));

export function resourceHref(ref: ResourceRef): string {
  switch (ref.kind) {
    case "mirror-session":
      return `/mirror-sessions/${seg(ref.region)}/${seg(ref.id)}`;
    case "router-interface":
      return `/router-interfaces/${seg(ref.region)}/${seg(ref.id)}`;
    case "multicast-source":
      return `/multicast-sources/${seg(ref.region)}/${seg(ref.domainId)}/${seg(ref.groupIp)}/${seg(ref.networkInterfaceId)}`;
    case "ga-destination":
      return `/ga-destinations/${seg(ref.acceleratorId)}/${seg(ref.listenerId)}/${seg(ref.endpointGroupId)}/${seg(ref.destinationId)}`;
    case "relay-source": {
      const query = new URLSearchParams();
      if (ref.app) query.set("app", ref.app);
      if (ref.group) query.set("group", ref.group);
      const suffix = query.size > 0 ? `?${query.toString()}` : "";
      return `/relay-sources/${seg(ref.vhost)}${suffix}`;
    }
  }
}
