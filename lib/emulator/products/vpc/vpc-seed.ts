import { ACCOUNT_BIDS, ACCOUNTS, ROUTER, RI, VPC, VSW } from "../aliyun-demo/demo-ids";
import type { RouterInterfaceRecord, RouterRecord, VpcRecord, VpcState, VSwitchRecord } from "./vpc-state";

const CREATED = "2026-10-08T03:21:45Z";

function vpc(
  VpcId: string,
  VpcName: string,
  RegionId: string,
  CidrBlock: string,
  VRouterId: string,
  OwnerId: string = ACCOUNTS.demo,
): VpcRecord {
  return { VpcId, VpcName, RegionId, CidrBlock, VRouterId, OwnerId };
}

function vsw(
  VSwitchId: string,
  VSwitchName: string,
  VpcId: string,
  ZoneId: string,
  CidrBlock: string,
  OwnerId: string = ACCOUNTS.demo,
): VSwitchRecord {
  return {
    VSwitchId,
    VSwitchName,
    VpcId,
    ZoneId,
    CidrBlock,
    OwnerId,
    RegionId: ZoneId.slice(0, ZoneId.lastIndexOf("-")),
  };
}

function router(
  RouterId: string,
  RegionId: string,
  VpcId: string | undefined,
  OwnerId: string = ACCOUNTS.demo,
): RouterRecord {
  return VpcId
    ? { RouterId, RouterType: "VRouter", RegionId, VpcId, OwnerId }
    : { RouterId, RouterType: "VBR", RegionId, AccessPointId: "ap-cn-hangzhou-xx-a", OwnerId };
}

interface Side {
  id: string;
  router: string;
  region: string;
  owner?: string;
}

/** One interface; `peer` fills the Opposite* peer info (as ModifyRouterInterfaceAttribute would). */
function ri(
  side: Side,
  role: RouterInterfaceRecord["Role"],
  status: string,
  name: string,
  description: string,
  peer?: Side & { routerType: "VRouter" | "VBR" },
): RouterInterfaceRecord {
  const connected = status === "Active" || status === "Inactive";
  return {
    RouterInterfaceId: side.id,
    Name: name,
    Description: description,
    Role: role,
    RouterId: side.router,
    RegionId: side.region,
    OwnerId: side.owner ?? ACCOUNTS.demo,
    Spec: role === "InitiatingSide" ? "Large.1" : "Negative",
    ChargeType: "AfterPay",
    BusinessStatus: "Normal",
    status,
    CreationTime: CREATED,
    ConnectedTime: connected ? "2026-10-09T08:00:12Z" : "",
    GmtModified: CREATED,
    OppositeInterfaceId: peer?.id ?? "",
    OppositeRouterId: peer?.router ?? "",
    OppositeRouterType: peer?.routerType ?? "",
    OppositeInterfaceOwnerId: peer ? (peer.owner ?? ACCOUNTS.demo) : "",
    HealthCheckSourceIp: "",
    HealthCheckTargetIp: "",
    HcRate: 0,
    HcThreshold: 0,
    CrossBorder: false,
    ResourceGroupId: "rg-acfmxazb4ph6aiy",
    Tags: [],
  };
}

const HZ = "cn-hangzhou";
const SH = "cn-shanghai";
const vr = "VRouter" as const;

/**
 * Router-interface pairs in each role and state, across Hangzhou and Shanghai (the RI ids' comments in
 * demo-ids.ts say which error each one demonstrates).
 */
export function seedVpc(): VpcState {
  const s = {
    readyI: { id: RI.readyInitiator, router: ROUTER.hzApp, region: HZ },
    readyA: { id: RI.readyAcceptor, router: ROUTER.shApp, region: SH },
    activeI: { id: RI.activeInitiator, router: ROUTER.hzData, region: HZ },
    activeA: { id: RI.activeAcceptor, router: ROUTER.shDr, region: SH },
    inactiveI: { id: RI.inactiveInitiator, router: ROUTER.hzIdc, region: HZ },
    inactiveA: { id: RI.inactiveAcceptor, router: ROUTER.hzData, region: HZ },
    waitingA: { id: RI.waitingAcceptor, router: ROUTER.shApp, region: SH },
    partnerI: { id: RI.partnerInitiator, router: ROUTER.shPartner, region: SH, owner: ACCOUNTS.partner },
    unconfI: { id: RI.unconfiguredInitiator, router: ROUTER.hzApp, region: HZ },
    unconfA: { id: RI.unconfiguredAcceptor, router: ROUTER.shDr, region: SH },
    dupI: { id: RI.duplicateInitiator, router: ROUTER.hzData, region: HZ },
    dupA: { id: RI.duplicateAcceptor, router: ROUTER.shDr, region: SH },
    crossI: { id: RI.crossBidInitiator, router: ROUTER.hzApp, region: HZ },
    crossA: { id: RI.crossBidAcceptor, router: ROUTER.shIntl, region: SH, owner: ACCOUNTS.international },
  };
  const interfaces: RouterInterfaceRecord[] = [
    ri(s.readyI, "InitiatingSide", "Idle", "hz-app-to-sh-app", "Ready to connect: peer info set both ways", {
      ...s.readyA,
      routerType: vr,
    }),
    ri(s.readyA, "AcceptingSide", "Idle", "sh-app-from-hz-app", "Accepts hz-app-to-sh-app", {
      ...s.readyI,
      routerType: vr,
    }),
    ri(s.activeI, "InitiatingSide", "Active", "hz-data-to-sh-dr", "Connected pair", {
      ...s.activeA,
      routerType: vr,
    }),
    ri(s.activeA, "AcceptingSide", "Active", "sh-dr-from-hz-data", "Connected pair", {
      ...s.activeI,
      routerType: vr,
    }),
    ri(s.inactiveI, "InitiatingSide", "Inactive", "idc-to-hz-data", "Deactivated leased-line pair", {
      ...s.inactiveA,
      routerType: vr,
    }),
    ri(s.inactiveA, "AcceptingSide", "Inactive", "hz-data-from-idc", "Deactivated leased-line pair", {
      ...s.inactiveI,
      routerType: "VBR",
    }),
    ri(s.waitingA, "AcceptingSide", "Idle", "sh-app-from-partner", "Waits for the partner's initiator", {
      ...s.partnerI,
      routerType: vr,
    }),
    ri(s.partnerI, "InitiatingSide", "Idle", "partner-to-sh-app", "Owned by the partner account", {
      ...s.waitingA,
      routerType: vr,
    }),
    ri(s.unconfI, "InitiatingSide", "Idle", "hz-app-to-sh-dr", "No peer info yet: set it, then connect"),
    ri(s.unconfA, "AcceptingSide", "Idle", "sh-dr-from-hz-app", "No peer info yet"),
    ri(s.dupI, "InitiatingSide", "Idle", "hz-data-to-sh-dr-2", "Second pair between connected routers", {
      ...s.dupA,
      routerType: vr,
    }),
    ri(s.dupA, "AcceptingSide", "Idle", "sh-dr-from-hz-data-2", "Second pair between connected routers", {
      ...s.dupI,
      routerType: vr,
    }),
    ri(s.crossI, "InitiatingSide", "Idle", "hz-app-to-intl", "Peer is on the international site", {
      ...s.crossA,
      routerType: vr,
    }),
    ri(s.crossA, "AcceptingSide", "Idle", "intl-from-hz-app", "International-site account", {
      ...s.crossI,
      routerType: vr,
    }),
  ];
  return {
    accountBids: { ...ACCOUNT_BIDS },
    vpcs: index("VpcId", [
      vpc(VPC.hzApp, "hz-app", HZ, "10.10.0.0/16", ROUTER.hzApp),
      vpc(VPC.hzData, "hz-data", HZ, "10.20.0.0/16", ROUTER.hzData),
      vpc(VPC.hzPartner, "partner-hz", HZ, "10.30.0.0/16", "vrt-bp1partner0000000000", ACCOUNTS.partner),
      vpc(VPC.hzVendor, "vendor-hz", HZ, "10.40.0.0/16", "vrt-bp1vendor00000000000", ACCOUNTS.vendor),
      vpc(VPC.shApp, "sh-app", SH, "172.16.0.0/16", ROUTER.shApp),
      vpc(VPC.shDr, "sh-dr", SH, "172.17.0.0/16", ROUTER.shDr),
      vpc(VPC.shIntl, "intl-sh", SH, "172.18.0.0/16", ROUTER.shIntl, ACCOUNTS.international),
    ]),
    vSwitches: index("VSwitchId", [
      vsw(VSW.hzAppH, "hz-app-h", VPC.hzApp, "cn-hangzhou-h", "10.10.1.0/24"),
      vsw(VSW.hzAppI, "hz-app-i", VPC.hzApp, "cn-hangzhou-i", "10.10.2.0/24"),
      vsw(VSW.hzDataH, "hz-data-h", VPC.hzData, "cn-hangzhou-h", "10.20.1.0/24"),
      vsw(VSW.hzPartnerH, "partner-h", VPC.hzPartner, "cn-hangzhou-h", "10.30.1.0/24", ACCOUNTS.partner),
      vsw(VSW.hzVendorH, "vendor-h", VPC.hzVendor, "cn-hangzhou-h", "10.40.1.0/24", ACCOUNTS.vendor),
      vsw(VSW.shAppE, "sh-app-e", VPC.shApp, "cn-shanghai-e", "172.16.1.0/24"),
      vsw(VSW.shDrF, "sh-dr-f", VPC.shDr, "cn-shanghai-f", "172.17.1.0/24"),
    ]),
    routers: index("RouterId", [
      router(ROUTER.hzApp, HZ, VPC.hzApp),
      router(ROUTER.hzData, HZ, VPC.hzData),
      router(ROUTER.hzIdc, HZ, undefined),
      router(ROUTER.shApp, SH, VPC.shApp),
      router(ROUTER.shDr, SH, VPC.shDr),
      router(ROUTER.shPartner, SH, "vpc-uf6q2w5e8r1t4y7u0partner", ACCOUNTS.partner),
      router(ROUTER.shIntl, SH, VPC.shIntl, ACCOUNTS.international),
    ]),
    routerInterfaces: index("RouterInterfaceId", interfaces),
  };
}

function index<K extends string, T extends Record<K, string>>(key: K, rows: T[]): Record<string, T> {
  return Object.fromEntries(rows.map((row) => [row[key], row]));
}
