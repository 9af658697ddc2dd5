import { ipv4ToNumber } from "@/lib/schemas/ipv4";

const FIRST = ipv4ToNumber("224.0.1.0")!;
const LAST = ipv4ToNumber("239.255.255.254")!;

/**
 * Valid multicast group addresses are 224.0.1.0–239.255.255.254 (seed 000). The reserved block (224.0.0.0–
 * 224.0.0.127 in the seed, …255 in the Python SDK — apis.md §10.2) is outside that range either way.
 */
export function isValidGroupIp(ip: string): boolean {
  const n = ipv4ToNumber(ip);
  return n !== null && n >= FIRST && n <= LAST;
}
