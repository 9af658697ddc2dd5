import type { ResourceRef } from "@/lib/resources/resource-href";

/** A resource the palette can open: where it lives, what to match on, and what to show. */
export interface FoundResource {
  ref: ResourceRef;
  /** The id shown and matched (for a relay source, its vhost and app). */
  id: string;
  name?: string;
  status?: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v ? v : undefined);

/** One record of a cloud list as a resource with a page, or null when it is not one (an ENI, a domain…). */
function asResource(r: Rec, region: string): FoundResource | null {
  const status = str(r.Status) ?? str(r.State);
  const sessionId = str(r.TrafficMirrorSessionId);
  if (sessionId && Array.isArray(r.TrafficMirrorSourceIds))
    return {
      ref: { kind: "mirror-session", region, id: sessionId },
      id: sessionId,
      name: str(r.TrafficMirrorSessionName),
      status,
    };
  const interfaceId = str(r.RouterInterfaceId);
  if (interfaceId && str(r.Role))
    return {
      ref: { kind: "router-interface", region, id: interfaceId },
      id: interfaceId,
      name: str(r.Name),
      status,
    };
  const [domainId, groupIp, eni] = [
    str(r.TransitRouterMulticastDomainId),
    str(r.GroupIpAddress),
    str(r.NetworkInterfaceId),
  ];
  if (domainId && groupIp && eni && r.GroupSource === true)
    return {
      ref: { kind: "multicast-source", region, domainId, groupIp, networkInterfaceId: eni },
      id: eni,
      name: `${groupIp} · ${domainId}`,
      status,
    };
  const [acceleratorId, listenerId, endpointGroupId, destinationId] = [
    str(r.AcceleratorId),
    str(r.ListenerId),
    str(r.EndpointGroupId),
    str(r.DestinationId),
  ];
  if (acceleratorId && listenerId && endpointGroupId && destinationId)
    return {
      ref: { kind: "ga-destination", acceleratorId, listenerId, endpointGroupId, destinationId },
      id: destinationId,
      name: `${endpointGroupId} · ${String(r.FromPort ?? "")}–${String(r.ToPort ?? "")}`,
      status,
    };
  const vhost = str(r.Vhost);
  if (vhost && Array.isArray(r.GroupDetails)) {
    const app = str(r.App);
    return { ref: { kind: "relay-source", vhost, app }, id: app ? `${vhost}/${app}` : vhost };
  }
  return null;
}

function collect(value: unknown, region: string, out: Map<string, FoundResource>, depth: number): void {
  if (depth > 5) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, region, out, depth + 1);
    return;
  }
  if (!isRec(value)) return;
  const found = asResource(value, region);
  if (found) {
    out.set(JSON.stringify(found.ref), found);
    return;
  }
  for (const child of Object.values(value))
    if (typeof child === "object") collect(child, region, out, depth + 1);
}

/**
 * Every resource with a page of its own in the cloud lists the console has already read (TanStack Query's cache:
 * keys `['cloud', cloud, region, …]`, data a page, every page, or an infinite list's pages). No cloud call: the
 * palette searches what this tab has seen, newest read winning for a resource listed twice.
 */
export function resourcesInCache(
  queries: readonly { queryKey: readonly unknown[]; state: { data: unknown; dataUpdatedAt: number } }[],
): FoundResource[] {
  const out = new Map<string, FoundResource>();
  const cloud = queries
    .filter(
      (q) => q.queryKey[0] === "cloud" && typeof q.queryKey[2] === "string" && q.state.data !== undefined,
    )
    .sort((a, b) => a.state.dataUpdatedAt - b.state.dataUpdatedAt);
  for (const q of cloud) collect(q.state.data, q.queryKey[2] as string, out, 0);
  return [...out.values()];
}
