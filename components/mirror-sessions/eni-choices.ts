import type {
  TrafficMirrorSession,
  TrafficMirrorTarget,
  VolcNetworkInterface,
} from "@/lib/operations/volc-vpc/traffic-mirror-types";
import { isOk } from "@/lib/status/lifecycles";

/**
 * Service-managed ENIs (created by CLB, NAT, …) are refused as mirror sources with 403 `Forbidden`
 * (docs/cloud-apis.md §6.3), so they are left out of the choices — and counted, so the operator knows why one is missing.
 */
export function splitServiceManaged(enis: readonly VolcNetworkInterface[]): {
  eligible: VolcNetworkInterface[];
  serviceManaged: number;
} {
  const eligible = enis.filter((eni) => eni.ServiceManaged !== true);
  return { eligible, serviceManaged: enis.length - eligible.length };
}

/*
 * "The network interface must not be the source and the target of traffic mirror sessions at the same time"
 * (`InvalidParameter.NetworkInterfaceId`, docs/cloud-apis.md §6.1): the two maps below say which ENIs already play one role.
 */

/** ENI id → the target on it that a session sends to: that ENI cannot become a source. */
export function enisReceiving(
  targets: readonly TrafficMirrorTarget[],
  sessions: readonly TrafficMirrorSession[],
): Map<string, string> {
  const used = new Set(sessions.map((s) => s.TrafficMirrorTargetId));
  const byEni = new Map<string, string>();
  for (const t of targets) {
    if (t.InstanceType === "NetworkInterface" && used.has(t.TrafficMirrorTargetId)) {
      byEni.set(t.InstanceId, t.TrafficMirrorTargetId);
    }
  }
  return byEni;
}

/** ENI id → a session mirroring it: a target on that ENI cannot be used. */
export function enisMirrored(sessions: readonly TrafficMirrorSession[]): Map<string, string> {
  const byEni = new Map<string, string>();
  for (const s of sessions)
    for (const eni of s.TrafficMirrorSourceIds) byEni.set(eni, s.TrafficMirrorSessionId);
  return byEni;
}

/** Targets and filters are usable only when Available (Terraform's ready state, docs/cloud-apis.md §6.3). */
export function isAvailable(status: string | undefined): boolean {
  return isOk("mirrorTargetOrFilter", status);
}
