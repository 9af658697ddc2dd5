import type { Transitional } from "../../core/transitions";

/** Alibaba VPC store: the network inventory (VPCs, vSwitches, routers) and Express Connect router interfaces. */
export interface VpcState {
  /** BID (site) per account uid; connections across BIDs are refused (CROSS_BID.FORBIDDEN). */
  accountBids: Record<string, string>;
  vpcs: Record<string, VpcRecord>;
  vSwitches: Record<string, VSwitchRecord>;
  /** VRouters (one per VPC) and VBRs (Express Connect border routers). */
  routers: Record<string, RouterRecord>;
  routerInterfaces: Record<string, RouterInterfaceRecord>;
}

export interface VpcRecord {
  VpcId: string;
  VpcName: string;
  RegionId: string;
  OwnerId: string;
  CidrBlock: string;
  VRouterId: string;
}

export interface VSwitchRecord {
  VSwitchId: string;
  VSwitchName: string;
  VpcId: string;
  RegionId: string;
  ZoneId: string;
  CidrBlock: string;
  OwnerId: string;
}

export interface RouterRecord {
  RouterId: string;
  RouterType: "VRouter" | "VBR";
  RegionId: string;
  OwnerId: string;
  /** The VPC of a VRouter. */
  VpcId?: string;
  /** The access point of a VBR. */
  AccessPointId?: string;
}

export type RouterInterfaceRole = "InitiatingSide" | "AcceptingSide";

export interface RouterInterfaceRecord extends Transitional {
  RouterInterfaceId: string;
  Name: string;
  Description: string;
  Role: RouterInterfaceRole;
  RouterId: string;
  RegionId: string;
  OwnerId: string;
  /** `Mini.2` … `Xlarge.1`; acceptors are `Negative` (they take the initiator's bandwidth). */
  Spec: string;
  ChargeType: "AfterPay" | "PrePaid";
  BusinessStatus: "Normal" | "FinancialLocked" | "SecurityLocked";
  CreationTime: string;
  ConnectedTime: string;
  GmtModified: string;
  OppositeInterfaceId: string;
  OppositeRouterId: string;
  OppositeRouterType: string;
  OppositeInterfaceOwnerId: string;
  HealthCheckSourceIp: string;
  HealthCheckTargetIp: string;
  HcRate: number;
  HcThreshold: number;
  CrossBorder: boolean;
  ResourceGroupId: string;
  Tags: { Key: string; Value: string }[];
}
