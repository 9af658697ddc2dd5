import { text } from "@/lib/schemas/text";
import { VHOST_MAX, VHOST_PATTERN } from "./vhost-rule";

export const vhost = text({ error: "validation.required", trim: true })
  .min(1, "validation.required")
  .max(VHOST_MAX, "validation.vhost")
  .regex(VHOST_PATTERN, "validation.vhost");

/** `^[A-Za-z0-9_.\-]{1,30}$` (docs/cloud-apis.md §7.1). */
export const appName = text({ error: "validation.required", trim: true })
  .min(1, "validation.app")
  .max(30, "validation.app")
  .regex(/^[A-Za-z0-9_.-]+$/, "validation.app");

/** Domain or IPv4, optional `:port` (docs/cloud-apis.md §7.1). */
export const relaySourceDomain = text({ error: "validation.required", trim: true })
  .min(1, "validation.required")
  .regex(
    /^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}|(?:\d{1,3}\.){3}\d{1,3})(?::(?:[1-9]\d{0,4}))?$/,
    "validation.relayDomain",
  )
  .refine((value) => {
    const [host = "", port] = value.split(":");
    // The pattern lets 999.1.1.1 through as "digits and dots"; an IPv4 origin needs real octets.
    const isIpv4 = /^[\d.]+$/.test(host);
    const octetsOk = !isIpv4 || host.split(".").every((octet) => Number(octet) <= 255);
    return octetsOk && (port === undefined || Number(port) <= 65535);
  }, "validation.relayDomain");

/** Name of one custom origin query parameter (`RelaySourceParams` key, docs/cloud-apis.md §7.1): must not be empty. */
export const relayParamKey = text().min(1, "validation.relayParamKey");

export interface RelayServer {
  RelaySourceProtocol: "rtmp" | "flv";
  RelaySourceDomain: string;
  RelaySourceParams?: Record<string, string>;
}

export interface RelaySourceConfig {
  Vhost: string;
  App: string;
  GroupDetails: { Group: string; Servers: RelayServer[] }[];
}
