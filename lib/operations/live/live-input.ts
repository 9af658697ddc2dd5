import { z } from "zod";

/** Live: POST JSON body, signing region always cn-north-1 (apis.md §5.1, §7). 10 requests/s per user. */
export const liveBase = {
  cloud: "volcengine",
  product: "live",
  version: "2023-01-01",
  method: "POST",
  style: "json-body",
  region: { fixed: "cn-north-1" },
} as const;

export const vhost = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .max(60, "validation.vhost")
  .regex(/^[A-Za-z0-9_.-]+$/, "validation.vhost");

/** `^[A-Za-z0-9_.\-]{1,30}$` (apis.md §7.1). */
export const appName = z
  .string({ error: "validation.required" })
  .min(1, "validation.app")
  .max(30, "validation.app")
  .regex(/^[A-Za-z0-9_.-]+$/, "validation.app");

/** Domain or IPv4, optional `:port` (apis.md §7.1). */
export const relaySourceDomain = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .regex(
    /^(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}|(?:\d{1,3}\.){3}\d{1,3})(?::(?:[1-9]\d{0,4}))?$/,
    "validation.relayDomain",
  )
  .refine((value) => {
    const port = value.split(":")[1];
    return port === undefined || Number(port) <= 65535;
  }, "validation.relayDomain");

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
