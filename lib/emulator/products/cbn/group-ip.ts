import { BlockList, isIPv4 } from "node:net";

/**
 * Valid multicast group addresses are 224.0.1.0–239.255.255.254 (seed 000). The reserved block (224.0.0.0–
 * 224.0.0.127 in the seed, …255 in the Python SDK — docs/cloud-apis.md §10.2) is outside that range either way. Dotted quads
 * only, no leading zeros (node's own IPv4 parser).
 */
const GROUP_RANGE = new BlockList();
GROUP_RANGE.addRange("224.0.1.0", "239.255.255.254", "ipv4");

export function isValidGroupIp(ip: string): boolean {
  return isIPv4(ip) && GROUP_RANGE.check(ip, "ipv4");
}
