import type { Transitional } from "../../core/transitions";

/** Alibaba CEN store: what multicast needs — CEN, transit routers, multicast domains and their members. */
export interface CbnState {
  cens: Record<string, CenRecord>;
  transitRouters: Record<string, TransitRouterRecord>;
  domains: Record<string, MulticastDomainRecord>;
  /** vSwitch ↔ domain associations (through a VPC attachment of the transit router). */
  associations: AssociationRecord[];
  /** GRE connect peers of the transit routers (newer API versions accept them as sources). */
  connectPeers: Record<string, ConnectPeerRecord>;
  /** Every source and member of every group, one row per (domain, group IP, ENI / connect peer / peer domain). */
  groupEntries: GroupEntryRecord[];
  /** Other accounts' VPCs that authorised our CEN (cross-account sources need it). */
  grantedVpcs: string[];
}

export interface CenRecord {
  CenId: string;
  CenName: string;
  Status: "Creating" | "Active" | "Deleting";
  OwnerId: string;
}

export interface TransitRouterRecord {
  TransitRouterId: string;
  CenId: string;
  RegionId: string;
  Status: string;
}

export interface MulticastDomainRecord {
  TransitRouterMulticastDomainId: string;
  TransitRouterMulticastDomainName: string;
  TransitRouterMulticastDomainDescription: string;
  CenId: string;
  TransitRouterId: string;
  RegionId: string;
  Status: "Creating" | "Active" | "Deleting";
  Options: { Igmpv2Support: "enable" | "disable" };
  Tags: { Key: string; Value: string }[];
  /** Domains in other regions peered with this one (inter-region multicast). */
  PeerDomainIds: string[];
}

export interface AssociationRecord {
  TransitRouterMulticastDomainId: string;
  TransitRouterAttachmentId: string;
  ResourceId: string;
  ResourceOwnerId: string;
  ResourceType: "VPC";
  VSwitchId: string;
  Status: "Associated" | "Associating" | "Dissociating";
}

export interface ConnectPeerRecord {
  ConnectPeerId: string;
  TransitRouterId: string;
  Status: "Creating" | "Active" | "Deleting";
}

export interface GroupEntryRecord extends Transitional {
  TransitRouterMulticastDomainId: string;
  GroupIpAddress: string;
  role: "source" | "member";
  /** `Static` for registered sources/members; `IGMPv2` for members that joined dynamically. */
  type: "Static" | "IGMPv2";
  NetworkInterfaceId: string;
  ConnectPeerId: string;
  PeerTransitRouterMulticastDomainId: string;
  VSwitchId: string;
  ResourceId: string;
  ResourceOwnerId: string;
  ResourceType: "VPC" | "TR";
  TransitRouterAttachmentId: string;
  CreatedAt: string;
}
