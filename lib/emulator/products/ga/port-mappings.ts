import type { GaDestination, GaEndpoint, GaEndpointGroup, GaListener } from "./ga-state";

/**
 * The custom-routing port mapping table (seed 003: "listener port range × destination protocols/port ranges ×
 * vSwitch IP addresses"). Derivation, recomputed on every call:
 *
 * 1. The listener's ports are its PortRanges in ascending order, concatenated (10000, 10001, …).
 * 2. Its endpoint groups are taken in creation order; in each, its vSwitch endpoints in order; in each vSwitch,
 *    every usable address ascending — all but the first and the last three of the CIDR, which Alibaba reserves
 *    in every vSwitch; for each address, the group's `active` destinations by FromPort, and each of their ports.
 * 3. Every (address, backend port) takes the next listener port, so one backend instance gets a contiguous block
 *    of accelerator ports. Rows beyond the listener's capacity are not mapped.
 *
 * Real GA keeps assignments stable when the configuration changes; the emulator re-derives them, so adding a
 * destination to an earlier group shifts the ports of later ones. `DestinationTrafficState` follows the
 * endpoint's TrafficToEndpointPolicy (AllowAll → allow, DenyAll → deny, AllowCustom → allow for listed addresses).
 */
export interface PortMappingRow {
  AcceleratorId: string;
  ListenerId: string;
  EndpointGroupId: string;
  EndpointGroupRegion: string;
  EndpointId: string;
  Vswitch: string;
  Protocols: string[];
  AcceleratorPort: number;
  DestinationSocketAddress: { IpAddress: string; Port: number };
  DestinationTrafficState: "allow" | "deny";
}

export function* listenerPorts(listener: Pick<GaListener, "PortRanges">): Generator<number> {
  const ranges = [...listener.PortRanges].sort((a, b) => a.FromPort - b.FromPort);
  for (const range of ranges) for (let port = range.FromPort; port <= range.ToPort; port++) yield port;
}

/** Usable host addresses of an IPv4 CIDR as Alibaba vSwitches hand them out (first and last three reserved). */
export function usableAddresses(cidr: string): string[] {
  const [ip, bitsText] = cidr.split("/");
  const bits = Number(bitsText);
  const octets = (ip ?? "").split(".").map(Number);
  if (octets.length !== 4 || !Number.isInteger(bits) || bits < 16 || bits > 29) return [];
  const base = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const size = 2 ** (32 - bits);
  const network = base - (base % size);
  const out: string[] = [];
  for (let n = network + 1; n <= network + size - 4; n++) {
    out.push([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join("."));
  }
  return out;
}

function trafficState(endpoint: GaEndpoint, address: string): "allow" | "deny" {
  if (endpoint.TrafficToEndpointPolicy === "AllowAll") return "allow";
  if (endpoint.TrafficToEndpointPolicy === "AllowCustom" && endpoint.AllowedAddresses.includes(address))
    return "allow";
  return "deny";
}

export function* derivePortMappings(
  listener: GaListener,
  groups: readonly GaEndpointGroup[],
  destinations: readonly GaDestination[],
): Generator<PortMappingRow> {
  const ports = listenerPorts(listener);
  const ordered = [...groups].sort(
    (a, b) => a.CreateTime - b.CreateTime || a.EndpointGroupId.localeCompare(b.EndpointGroupId),
  );
  for (const group of ordered) {
    const mine = destinations
      .filter((d) => d.EndpointGroupId === group.EndpointGroupId && d.status === "active")
      .sort((a, b) => a.FromPort - b.FromPort || a.DestinationId.localeCompare(b.DestinationId));
    for (const endpoint of group.Endpoints) {
      for (const address of usableAddresses(endpoint.CidrBlock)) {
        for (const destination of mine) {
          for (let port = destination.FromPort; port <= destination.ToPort; port++) {
            const next = ports.next();
            if (next.done) return;
            yield {
              AcceleratorId: listener.AcceleratorId,
              ListenerId: listener.ListenerId,
              EndpointGroupId: group.EndpointGroupId,
              EndpointGroupRegion: group.EndpointGroupRegion,
              EndpointId: endpoint.EndpointId,
              Vswitch: endpoint.Endpoint,
              Protocols: [...destination.Protocols],
              AcceleratorPort: next.value,
              DestinationSocketAddress: { IpAddress: address, Port: port },
              DestinationTrafficState: trafficState(endpoint, address),
            };
          }
        }
      }
    }
  }
}
