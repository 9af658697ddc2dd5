import { identifier } from "./text";

/** Dotted-quad IPv4 → 32-bit unsigned number, or null when malformed (leading zeros and `+` refused). */
export function ipv4ToNumber(ip: string): number | null {
  const parts = ip.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    value = value * 256 + octet;
  }
  return value;
}

const MULTICAST_MIN = ipv4ToNumber("224.0.1.0")!;
const MULTICAST_MAX = ipv4ToNumber("239.255.255.254")!;
const LOCAL_CONTROL_MAX = ipv4ToNumber("224.0.0.255")!;

/**
 * CEN multicast group address. Valid 224.0.1.0–239.255.255.254 (docs/cloud-apis.md §2.1). The docs disagree on how
 * much of 224.0.0.0/24 is reserved (…127 or …255, §10.2); all of it lies below the valid range, so we refuse
 * the whole /24 with its own message that says why.
 */
export const multicastGroupIp = identifier().superRefine((value, ctx) => {
  const n = ipv4ToNumber(value);
  if (n === null) {
    ctx.addIssue({ code: "custom", message: "validation.ipv4.malformed" });
  } else if (n >= ipv4ToNumber("224.0.0.0")! && n <= LOCAL_CONTROL_MAX) {
    ctx.addIssue({ code: "custom", message: "validation.groupIp.reserved" });
  } else if (n < MULTICAST_MIN || n > MULTICAST_MAX) {
    ctx.addIssue({ code: "custom", message: "validation.groupIp.range" });
  }
});
