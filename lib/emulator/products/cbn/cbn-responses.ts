import type { Handler } from "../../core/product";
import { bool, int, objList, str, strList, type Input } from "../../core/wire-input";
import { listAssociations, listDomains, listGroups } from "./cbn-list-model";
import type { CbnBackend, SourceRequest } from "./cbn-model";
import type { GroupEntryRecord } from "./cbn-state";

/** Wire ↔ model for the CEN multicast operations (docs/cloud-apis.md §2). Lists are plain arrays ("new" API style). */
export const cbnHandlers: Record<string, Handler<CbnBackend>> = {
  "aliyun.cbn.RegisterTransitRouterMulticastGroupSources": (input, cbn, call) => {
    cbn.register(call.accountId, sourceRequest(input));
    return {};
  },
  "aliyun.cbn.DeregisterTransitRouterMulticastGroupSources": (input, cbn, call) => {
    cbn.deregister(call.accountId, sourceRequest(input));
    return {};
  },
  "aliyun.cbn.ListTransitRouterMulticastGroups": (input, cbn, call) => {
    const page = listGroups(cbn, call.accountId, {
      domainId: str(input, "TransitRouterMulticastDomainId"),
      attachmentId: str(input, "TransitRouterAttachmentId"),
      groupIp: str(input, "GroupIpAddress"),
      networkInterfaceIds: strList(input, "NetworkInterfaceIds"),
      vSwitchIds: strList(input, "VSwitchIds"),
      peerDomainIds: strList(input, "PeerTransitRouterMulticastDomains"),
      resourceId: str(input, "ResourceId"),
      resourceType: str(input, "ResourceType"),
      isGroupSource: bool(input, "IsGroupSource"),
      isGroupMember: bool(input, "IsGroupMember"),
      maxResults: int(input, "MaxResults"),
      nextToken: str(input, "NextToken"),
    });
    return { ...pageFields(page), TransitRouterMulticastGroups: page.items.map(groupView) };
  },
  "aliyun.cbn.ListTransitRouterMulticastDomains": (input, cbn, call) => {
    const page = listDomains(cbn, call.accountId, {
      cenId: str(input, "CenId"),
      transitRouterId: str(input, "TransitRouterId"),
      domainId: str(input, "TransitRouterMulticastDomainId"),
      regionId: str(input, "RegionId"),
      tags: objList(input, "Tag").map((t) => ({ key: str(t, "Key") ?? "", value: str(t, "Value") })),
      maxResults: int(input, "MaxResults"),
      nextToken: str(input, "NextToken"),
    });
    return {
      ...pageFields(page),
      TransitRouterMulticastDomains: page.items.map((d) => ({
        CenId: d.CenId,
        RegionId: d.RegionId,
        Status: d.Status,
        TransitRouterId: d.TransitRouterId,
        TransitRouterMulticastDomainId: d.TransitRouterMulticastDomainId,
        TransitRouterMulticastDomainName: d.TransitRouterMulticastDomainName,
        TransitRouterMulticastDomainDescription: d.TransitRouterMulticastDomainDescription,
        Options: { Igmpv2Support: d.Options.Igmpv2Support },
        Tags: d.Tags.map((t) => ({ Key: t.Key, Value: t.Value })),
      })),
    };
  },
  "aliyun.cbn.ListTransitRouterMulticastDomainAssociations": (input, cbn, call) => {
    const page = listAssociations(cbn, call.accountId, {
      domainId: str(input, "TransitRouterMulticastDomainId"),
      attachmentId: str(input, "TransitRouterAttachmentId"),
      resourceId: str(input, "ResourceId"),
      resourceType: str(input, "ResourceType"),
      vSwitchIds: strList(input, "VSwitchIds"),
      maxResults: int(input, "MaxResults"),
      nextToken: str(input, "NextToken"),
    });
    return {
      ...pageFields(page),
      TransitRouterMulticastAssociations: page.items.map((a) => ({
        ResourceId: a.ResourceId,
        ResourceOwnerId: Number(a.ResourceOwnerId),
        ResourceType: a.ResourceType,
        Status: a.Status,
        TransitRouterAttachmentId: a.TransitRouterAttachmentId,
        TransitRouterMulticastDomainId: a.TransitRouterMulticastDomainId,
        VSwitchId: a.VSwitchId,
      })),
    };
  },
};

function sourceRequest(input: Input): SourceRequest {
  return {
    domainId: str(input, "TransitRouterMulticastDomainId"),
    groupIp: str(input, "GroupIpAddress"),
    networkInterfaceIds: strList(input, "NetworkInterfaceIds"),
    connectPeerIds: strList(input, "ConnectPeerIds"),
    vpcId: str(input, "VpcId"),
    dryRun: bool(input, "DryRun") === true,
  };
}

/** `NextToken` is omitted on the last page (docs/cloud-apis.md §2.2: absent/empty ⇒ last page). */
function pageFields(page: { totalCount: number; maxResults: number; nextToken: string }) {
  return page.nextToken
    ? { TotalCount: page.totalCount, MaxResults: page.maxResults, NextToken: page.nextToken }
    : { TotalCount: page.totalCount, MaxResults: page.maxResults };
}

function groupView(e: GroupEntryRecord): Record<string, unknown> {
  const isSource = e.role === "source";
  return {
    GroupIpAddress: e.GroupIpAddress,
    GroupSource: isSource,
    GroupMember: !isSource,
    ...(isSource ? { SourceType: e.type } : { MemberType: e.type }),
    NetworkInterfaceId: e.NetworkInterfaceId,
    ...(e.ConnectPeerId ? { ConnectPeerId: e.ConnectPeerId } : {}),
    PeerTransitRouterMulticastDomainId: e.PeerTransitRouterMulticastDomainId,
    ResourceId: e.ResourceId,
    ResourceOwnerId: Number(e.ResourceOwnerId),
    ResourceType: e.ResourceType,
    Status: e.status,
    TransitRouterAttachmentId: e.TransitRouterAttachmentId,
    TransitRouterMulticastDomainId: e.TransitRouterMulticastDomainId,
    VSwitchId: e.VSwitchId,
  };
}
