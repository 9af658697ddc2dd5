import {
  ACCOUNTS,
  CEN,
  CONNECT_PEER,
  ENI,
  MCAST_DOMAIN,
  TR,
  TR_ATTACHMENT,
  VPC,
  VSW,
} from "../aliyun-demo/demo-ids";
import type { AssociationRecord, CbnState, GroupEntryRecord } from "./cbn-state";

const SEEDED_AT = "2026-10-10T02:00:00Z";

function association(
  domain: string,
  attachment: string,
  vpc: string,
  vSwitch: string,
  status: AssociationRecord["Status"] = "Associated",
  owner: string = ACCOUNTS.demo,
): AssociationRecord {
  return {
    TransitRouterMulticastDomainId: domain,
    TransitRouterAttachmentId: attachment,
    ResourceId: vpc,
    ResourceOwnerId: owner,
    ResourceType: "VPC",
    VSwitchId: vSwitch,
    Status: status,
  };
}

function entry(
  fields: Partial<GroupEntryRecord> &
    Pick<GroupEntryRecord, "role" | "GroupIpAddress" | "TransitRouterMulticastDomainId">,
): GroupEntryRecord {
  return {
    type: "Static",
    status: "Registered",
    NetworkInterfaceId: "",
    ConnectPeerId: "",
    PeerTransitRouterMulticastDomainId: "",
    VSwitchId: "",
    ResourceId: "",
    ResourceOwnerId: ACCOUNTS.demo,
    ResourceType: "VPC",
    TransitRouterAttachmentId: "",
    CreatedAt: SEEDED_AT,
    ...fields,
  };
}

/**
 * One CEN with a multicast domain in Hangzhou and a peered one in Shanghai; associated vSwitches (one still
 * Associating, one partner and one unauthorised vendor VPC); group 239.1.1.1 with a registered source, a static
 * member and the peer domain; group 239.1.1.2 with an IGMPv2 member.
 */
export function seedCbn(): CbnState {
  const hz = MCAST_DOMAIN.hz;
  const sh = MCAST_DOMAIN.sh;
  return {
    cens: { [CEN.demo]: { CenId: CEN.demo, CenName: "demo-cen", Status: "Active", OwnerId: ACCOUNTS.demo } },
    transitRouters: {
      [TR.hz]: { TransitRouterId: TR.hz, CenId: CEN.demo, RegionId: "cn-hangzhou", Status: "Active" },
      [TR.sh]: { TransitRouterId: TR.sh, CenId: CEN.demo, RegionId: "cn-shanghai", Status: "Active" },
    },
    domains: {
      [hz]: {
        TransitRouterMulticastDomainId: hz,
        TransitRouterMulticastDomainName: "video-hz",
        TransitRouterMulticastDomainDescription: "Live video fan-out in Hangzhou",
        CenId: CEN.demo,
        TransitRouterId: TR.hz,
        RegionId: "cn-hangzhou",
        Status: "Active",
        Options: { Igmpv2Support: "enable" },
        Tags: [{ Key: "env", Value: "demo" }],
        PeerDomainIds: [sh],
      },
      [sh]: {
        TransitRouterMulticastDomainId: sh,
        TransitRouterMulticastDomainName: "video-sh",
        TransitRouterMulticastDomainDescription: "Peer domain in Shanghai",
        CenId: CEN.demo,
        TransitRouterId: TR.sh,
        RegionId: "cn-shanghai",
        Status: "Active",
        Options: { Igmpv2Support: "disable" },
        Tags: [{ Key: "env", Value: "demo" }],
        PeerDomainIds: [hz],
      },
    },
    associations: [
      association(hz, TR_ATTACHMENT.hzApp, VPC.hzApp, VSW.hzAppH),
      association(hz, TR_ATTACHMENT.hzData, VPC.hzData, VSW.hzDataH, "Associating"),
      association(hz, TR_ATTACHMENT.hzPartner, VPC.hzPartner, VSW.hzPartnerH, "Associated", ACCOUNTS.partner),
      association(hz, TR_ATTACHMENT.hzVendor, VPC.hzVendor, VSW.hzVendorH, "Associated", ACCOUNTS.vendor),
      association(sh, TR_ATTACHMENT.shApp, VPC.shApp, VSW.shAppE),
    ],
    connectPeers: {
      [CONNECT_PEER.hzActive]: {
        ConnectPeerId: CONNECT_PEER.hzActive,
        TransitRouterId: TR.hz,
        Status: "Active",
      },
      [CONNECT_PEER.hzCreating]: {
        ConnectPeerId: CONNECT_PEER.hzCreating,
        TransitRouterId: TR.hz,
        Status: "Creating",
      },
    },
    groupEntries: [
      entry({
        TransitRouterMulticastDomainId: hz,
        GroupIpAddress: "239.1.1.1",
        role: "source",
        NetworkInterfaceId: ENI.hzSource,
        VSwitchId: VSW.hzAppH,
        ResourceId: VPC.hzApp,
        TransitRouterAttachmentId: TR_ATTACHMENT.hzApp,
      }),
      entry({
        TransitRouterMulticastDomainId: hz,
        GroupIpAddress: "239.1.1.1",
        role: "member",
        NetworkInterfaceId: ENI.hzMember,
        VSwitchId: VSW.hzAppH,
        ResourceId: VPC.hzApp,
        TransitRouterAttachmentId: TR_ATTACHMENT.hzApp,
      }),
      entry({
        TransitRouterMulticastDomainId: hz,
        GroupIpAddress: "239.1.1.1",
        role: "member",
        PeerTransitRouterMulticastDomainId: sh,
        ResourceId: TR.sh,
        ResourceType: "TR",
      }),
      entry({
        TransitRouterMulticastDomainId: hz,
        GroupIpAddress: "239.1.1.2",
        role: "member",
        type: "IGMPv2",
        NetworkInterfaceId: ENI.hzIgmp,
        VSwitchId: VSW.hzAppH,
        ResourceId: VPC.hzApp,
        TransitRouterAttachmentId: TR_ATTACHMENT.hzApp,
      }),
      entry({
        TransitRouterMulticastDomainId: sh,
        GroupIpAddress: "239.1.1.1",
        role: "member",
        NetworkInterfaceId: ENI.shApp,
        VSwitchId: VSW.shAppE,
        ResourceId: VPC.shApp,
        TransitRouterAttachmentId: TR_ATTACHMENT.shApp,
      }),
    ],
    grantedVpcs: [VPC.hzPartner],
  };
}
