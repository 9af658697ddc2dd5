import { aliyunGateway } from "../../core/gateway-errors";
import { gaErrors } from "./ga-errors";
import type { GaDestination } from "./ga-state";

/** Parameter rules of Create/DeleteCustomRoutingEndpointGroupDestinations (docs/cloud-apis.md §4). */

export const MAX_CONFIGURATIONS = 20;
export const PORT = { min: 1, max: 65499 } as const;
export const PROTOCOLS = ["TCP", "UDP"] as const;
type Protocol = (typeof PROTOCOLS)[number];
const isProtocol = (p: string): p is Protocol => PROTOCOLS.some((known) => known === p);

export interface RawConfiguration {
  Protocols: string[];
  FromPort?: string;
  ToPort?: string;
}

export interface DestinationConfiguration {
  Protocols: Protocol[];
  FromPort: number;
  ToPort: number;
}

export function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === "") throw aliyunGateway.missingParameter(name);
  return value.trim();
}

/** An optional port filter (List… FromPort/ToPort): 1–65499 when given. */
export function optionalPort(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d{1,5}$/.test(raw) || n < PORT.min || n > PORT.max) throw gaErrors["InvalidParameter.PortRange"]();
  return n;
}

function port(raw: string | undefined, name: string): number {
  const text = required(raw, name);
  const n = Number(text);
  if (!/^\d{1,5}$/.test(text) || n < PORT.min || n > PORT.max) throw gaErrors["InvalidParameter.PortRange"]();
  return n;
}

/**
 * 1–20 configurations; protocols `TCP`/`UDP` (a "TCP,UDP" element is read as both: the docs list it as one choice,
 * docs/cloud-apis.md §10.6); ports 1–65499 with FromPort ≤ ToPort.
 */
export function parseConfigurations(raw: readonly RawConfiguration[]): DestinationConfiguration[] {
  if (raw.length === 0) throw aliyunGateway.missingParameter("DestinationConfigurations");
  if (raw.length > MAX_CONFIGURATIONS) throw gaErrors["InvalidParameter.DestinationConfigurations"]();
  return raw.map((config, i) => {
    const n = i + 1;
    const protocols = config.Protocols.flatMap((p) => p.split(",")).map((p) => p.trim().toUpperCase());
    if (protocols.length === 0)
      throw aliyunGateway.missingParameter(`DestinationConfigurations.${n}.Protocols`);
    if (!protocols.every(isProtocol)) throw gaErrors["InvalidParameter.Protocols"]();
    const fromPort = port(config.FromPort, `DestinationConfigurations.${n}.FromPort`);
    const toPort = port(config.ToPort, `DestinationConfigurations.${n}.ToPort`);
    if (fromPort > toPort) throw gaErrors["InvalidParameter.PortRange"]();
    return {
      Protocols: [...new Set(protocols)].sort(),
      FromPort: fromPort,
      ToPort: toPort,
    };
  });
}

const overlaps = (a: DestinationConfiguration, b: DestinationConfiguration) =>
  a.Protocols.some((p) => b.Protocols.includes(p)) && a.FromPort <= b.ToPort && b.FromPort <= a.ToPort;

/**
 * A backend port of one protocol maps once per group: a new range may not overlap, for a shared protocol, another
 * new range or a destination the group already has (unless that one is being deleted).
 */
export function checkOverlaps(
  wanted: readonly DestinationConfiguration[],
  existing: readonly GaDestination[],
): void {
  wanted.forEach((a, i) => {
    const clash = wanted.slice(0, i).find((b) => overlaps(a, b));
    if (clash) {
      throw gaErrors["Conflict.PortRange"](
        `The port range ${a.FromPort}-${a.ToPort} overlaps the port range ${clash.FromPort}-${clash.ToPort} of the same request.`,
      );
    }
    const taken = existing.find((d) => d.status !== "deleting" && overlaps(a, d));
    if (taken) {
      throw gaErrors["Conflict.PortRange"](
        `The port range ${a.FromPort}-${a.ToPort} overlaps destination ${taken.DestinationId} (${taken.FromPort}-${taken.ToPort}) of the endpoint group.`,
      );
    }
  });
}
