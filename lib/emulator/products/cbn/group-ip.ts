/** Dotted-quad IPv4 to a number; undefined unless exactly four decimal octets 0–255 without leading zeros. */
function ipv4ToNumber(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    n = n * 256 + octet;
  }
  return n;
}

const FIRST = ipv4ToNumber("224.0.1.0")!;
const LAST = ipv4ToNumber("239.255.255.254")!;

/**
 * Valid multicast group addresses are 224.0.1.0–239.255.255.254 (seed 000). The reserved block (224.0.0.0–
 * 224.0.0.127 in the seed, …255 in the Python SDK — apis.md §10.2) is outside that range either way.
 */
export function isValidGroupIp(ip: string): boolean {
  const n = ipv4ToNumber(ip);
  return n !== undefined && n >= FIRST && n <= LAST;
}
