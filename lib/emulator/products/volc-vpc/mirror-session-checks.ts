import { own } from "../../core/own-entries";
import { vpcErrors } from "./volc-vpc-errors";
import type { MirrorSession, RegionState } from "./volc-vpc-state";

/** Account conditions (switch with `POST /_emulator/account`). `volc.*` flags are shared with Live. */
export const ACCOUNT = {
  overdue: "volc.overdue",
  balanceBelow100: "volc.balanceBelow100",
  purchaseLimited: "volc-vpc.purchaseLimited",
  orderFails: "volc-vpc.orderFails",
} as const;

/**
 * Quotas. No source publishes the numbers (docs/cloud-apis.md §10.17): the defaults are ours and switchable; 3 sessions per
 * source ENI follows the common cloud limit so the demo's priority-1 ENI reaches it with two more sessions.
 */
export const QUOTA = {
  sessionsPerRegion: "volc-vpc.sessionsPerRegion",
  sessionsPerFilter: "volc-vpc.sessionsPerFilter",
  sessionsPerSource: "volc-vpc.sessionsPerSource",
  sessionsPerTarget: "volc-vpc.sessionsPerTarget",
  sourcesPerTarget: "volc-vpc.sourcesPerTarget",
  /** How long (ms) a ClientToken stays "in process" while its session is Creating (412 IdempotentProcessing). */
  processingWindowMs: "volc-vpc.clientTokenProcessingMs",
} as const;

export const vpcAccountDeclarations = {
  flags: {
    [ACCOUNT.overdue]: {
      default: false,
      description: "Volcengine account in arrears: billed creates are refused",
    },
    [ACCOUNT.balanceBelow100]: {
      default: false,
      description: "Volcengine balance + vouchers below 100 CNY: VPC UnsupportedOperation",
    },
    [ACCOUNT.purchaseLimited]: {
      default: false,
      description: "account may not purchase traffic mirroring: Forbidden.PurchaseLimited",
    },
    [ACCOUNT.orderFails]: {
      default: false,
      description: "the one-step billing order of a mirror session fails: OrderError",
    },
  },
  quotas: {
    [QUOTA.sessionsPerRegion]: { default: 50, description: "traffic mirror sessions per region" },
    [QUOTA.sessionsPerFilter]: { default: 20, description: "sessions using one mirror filter" },
    [QUOTA.sessionsPerSource]: { default: 3, description: "sessions one source ENI may join" },
    [QUOTA.sessionsPerTarget]: { default: 20, description: "sessions sending to one mirror target" },
    [QUOTA.sourcesPerTarget]: { default: 10, description: "distinct source ENIs per mirror target" },
    [QUOTA.processingWindowMs]: {
      default: 1500,
      description: "ms a ClientToken is in process while its session is Creating",
    },
  },
};

// Shared-core burstable (t2) and economy (e) families cannot mirror traffic [L]: no source lists the families.
const UNSUPPORTED_FAMILIES = [/^ecs\.t2-/, /^ecs\.e-/];

/** The source ENI: exists here, not service-managed, an ECS primary/secondary ENI attached and in use (TF-VECC). */
export function checkSource(region: RegionState, eniId: string): void {
  const eni = own(region.enis, eniId);
  if (!eni) throw vpcErrors["InvalidNetworkInterfaceId.NotFound"]();
  if (eni.ServiceManaged) throw vpcErrors.Forbidden();
  if (eni.Type !== "primary" && eni.Type !== "secondary") throw vpcErrors["InvalidEni.InvalidType"]();
  const instance = own(region.instances, eni.DeviceId);
  if (!instance) throw vpcErrors["InvalidEni.InstanceMismatch"]();
  if (eni.Status !== "InUse") throw vpcErrors["InvalidEni.InvalidStatus"]();
  if (UNSUPPORTED_FAMILIES.some((f) => f.test(instance.InstanceTypeId))) {
    throw vpcErrors["InvalidInstanceSpecification.Malformed"]();
  }
}

/**
 * The target: exists, `Available`, its instance can receive traffic (ENI attached and in use / CLB active), and
 * no ENI ends up both a source and a target of sessions (`InvalidParameter.NetworkInterfaceId`).
 */
export function checkTarget(region: RegionState, targetId: string, sourceEniId: string): void {
  const target = own(region.targets, targetId);
  if (!target) throw vpcErrors["InvalidTrafficMirrorTarget.NotFound"]();
  if (target.Status !== "Available") throw vpcErrors["InvalidTrafficMirrorTarget.InvalidStatus"]();
  const sessions = Object.values(region.sessions);
  if (target.InstanceType === "NetworkInterface") {
    const eni = own(region.enis, target.InstanceId);
    if (!eni) throw vpcErrors["InvalidEniId.NotFound"]();
    if (eni.Status !== "InUse" || eni.ServiceManaged)
      throw vpcErrors["InvalidTrafficMirrorTarget.InvalidInstance"]();
    const sources = new Set(sessions.flatMap((s) => s.TrafficMirrorSourceIds));
    if (eni.NetworkInterfaceId === sourceEniId || sources.has(eni.NetworkInterfaceId)) {
      throw vpcErrors["InvalidParameter.NetworkInterfaceId"]();
    }
  } else if (own(region.clbs, target.InstanceId)?.Status !== "Active") {
    throw vpcErrors["InvalidTrafficMirrorTarget.InvalidInstance"]();
  }
  const targetEnis = new Set(
    sessions
      .map((s) => own(region.targets, s.TrafficMirrorTargetId))
      .filter((t) => t?.InstanceType === "NetworkInterface")
      .map((t) => t!.InstanceId),
  );
  if (targetEnis.has(sourceEniId)) throw vpcErrors["InvalidParameter.NetworkInterfaceId"]();
}

export function checkSessionQuotas(
  sessions: readonly MirrorSession[],
  wanted: { eniId: string; targetId: string; filterId: string },
  quota: (name: string) => number,
): void {
  const count = (pick: (s: MirrorSession) => boolean) => sessions.filter(pick).length;
  if (sessions.length >= quota(QUOTA.sessionsPerRegion))
    throw vpcErrors["QuotaExceeded.TrafficMirrorSession"]();
  if (count((s) => s.TrafficMirrorFilterId === wanted.filterId) >= quota(QUOTA.sessionsPerFilter)) {
    throw vpcErrors["QuotaExceeded.TrafficMirrorFilterSession"]();
  }
  if (count((s) => s.TrafficMirrorSourceIds.includes(wanted.eniId)) >= quota(QUOTA.sessionsPerSource)) {
    throw vpcErrors["QuotaExceeded.TrafficMirrorSourceSession"]();
  }
  const toTarget = sessions.filter((s) => s.TrafficMirrorTargetId === wanted.targetId);
  if (toTarget.length >= quota(QUOTA.sessionsPerTarget))
    throw vpcErrors["QuotaExceeded.TrafficMirrorTargetSession"]();
  const sources = new Set(toTarget.flatMap((s) => s.TrafficMirrorSourceIds));
  if (!sources.has(wanted.eniId) && sources.size >= quota(QUOTA.sourcesPerTarget)) {
    throw vpcErrors["QuotaExceeded.TrafficMirrorTargetSource"]();
  }
}
