import type { RouterInterface } from "@/lib/operations/vpc/router-interface";

export type ConnectBlocker = "acceptingSide" | "notIdle" | "peerNotSet";

/**
 * Why Connect is not offered on an interface, or null when it is (docs/cloud-apis.md §3.1): only an Idle initiator
 * with its peer set may connect. The cloud re-checks all of it (peer pointing back, one pair per routers).
 */
export function connectBlocker(ri: RouterInterface): ConnectBlocker | null {
  if (ri.Role !== "InitiatingSide") return "acceptingSide";
  if (ri.Status !== "Idle") return "notIdle";
  if (!ri.OppositeInterfaceId || !ri.OppositeRouterId) return "peerNotSet";
  return null;
}
