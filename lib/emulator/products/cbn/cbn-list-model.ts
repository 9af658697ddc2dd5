import { aliyunGateway } from "../../core/gateway-errors";
import { own } from "../../core/own-entries";
import { inRange, pageByToken, type TokenPage } from "../../core/paging";
import { cbnErrors as err } from "./cbn-errors";
import type { CbnBackend } from "./cbn-model";
import type { AssociationRecord, GroupEntryRecord, MulticastDomainRecord } from "./cbn-state";

/** MaxResults of CEN's multicast List* calls: 1–100, default 20 (docs/cloud-apis.md §2.4). */
export const MAX_RESULTS = 100;

/** The read side of the CEN model: the three list operations (docs/cloud-apis.md §2.2, §2.4, §2.5). */

export interface GroupQuery {
  domainId?: string;
  attachmentId?: string;
  groupIp?: string;
  networkInterfaceIds: string[];
  vSwitchIds: string[];
  peerDomainIds: string[];
  resourceId?: string;
  resourceType?: string;
  isGroupSource?: boolean;
  isGroupMember?: boolean;
  maxResults?: number;
  nextToken?: string;
}

export function listGroups(cbn: CbnBackend, caller: string, q: GroupQuery): TokenPage<GroupEntryRecord> {
  if (!q.domainId && !q.attachmentId) throw aliyunGateway.missingParameter("TransitRouterMulticastDomainId");
  const maxResults = inRange(q.maxResults, "MaxResults", 1, MAX_RESULTS, 20);
  const domain = q.domainId
    ? cbn.domain(caller, q.domainId, () => err["IllegalParam.TransitRouterMulticastDomainId"]())
    : undefined;
  cbn.settle(true);
  // Neither flag set ⇒ both kinds; otherwise only the kinds asked for.
  const bothKinds = q.isGroupSource === undefined && q.isGroupMember === undefined;
  const entries = cbn.state.groupEntries
    .filter((e) => !domain || e.TransitRouterMulticastDomainId === domain.TransitRouterMulticastDomainId)
    .filter((e) => !q.attachmentId || e.TransitRouterAttachmentId === q.attachmentId)
    .filter((e) => ownsDomain(cbn, caller, e.TransitRouterMulticastDomainId))
    .filter((e) => !q.groupIp || e.GroupIpAddress === q.groupIp)
    .filter((e) => q.networkInterfaceIds.length === 0 || q.networkInterfaceIds.includes(e.NetworkInterfaceId))
    .filter((e) => q.vSwitchIds.length === 0 || q.vSwitchIds.includes(e.VSwitchId))
    .filter(
      (e) => q.peerDomainIds.length === 0 || q.peerDomainIds.includes(e.PeerTransitRouterMulticastDomainId),
    )
    .filter((e) => !q.resourceId || e.ResourceId === q.resourceId)
    .filter((e) => !q.resourceType || e.ResourceType === q.resourceType)
    .filter((e) => bothKinds || (e.role === "source" ? q.isGroupSource === true : q.isGroupMember === true))
    .sort(byGroupThenMember);
  return pageByToken(entries, maxResults, q.nextToken);
}

export interface DomainQuery {
  cenId?: string;
  transitRouterId?: string;
  domainId?: string;
  regionId?: string;
  tags: { key: string; value?: string }[];
  maxResults?: number;
  nextToken?: string;
}

export function listDomains(
  cbn: CbnBackend,
  caller: string,
  q: DomainQuery,
): TokenPage<MulticastDomainRecord> {
  const maxResults = inRange(q.maxResults, "MaxResults", 1, MAX_RESULTS, 20);
  if (q.tags.length > 20) throw err.InvalidParameter("At most 20 tags (Tag.N) are allowed.");
  const domains = Object.values(cbn.state.domains)
    .filter((d) => own(cbn.state.cens, d.CenId)?.OwnerId === caller)
    .filter((d) => !q.cenId || d.CenId === q.cenId)
    .filter((d) => !q.transitRouterId || d.TransitRouterId === q.transitRouterId)
    .filter((d) => !q.domainId || d.TransitRouterMulticastDomainId === q.domainId)
    .filter((d) => !q.regionId || d.RegionId === q.regionId)
    .filter((d) =>
      q.tags.every((t) =>
        d.Tags.some((dt) => dt.Key === t.key && (t.value === undefined || dt.Value === t.value)),
      ),
    )
    .sort((a, b) => a.TransitRouterMulticastDomainId.localeCompare(b.TransitRouterMulticastDomainId));
  return pageByToken(domains, maxResults, q.nextToken);
}

export interface AssociationQuery {
  domainId?: string;
  attachmentId?: string;
  resourceId?: string;
  resourceType?: string;
  vSwitchIds: string[];
  maxResults?: number;
  nextToken?: string;
}

export function listAssociations(
  cbn: CbnBackend,
  caller: string,
  q: AssociationQuery,
): TokenPage<AssociationRecord> {
  if (!q.domainId) throw aliyunGateway.missingParameter("TransitRouterMulticastDomainId");
  const maxResults = inRange(q.maxResults, "MaxResults", 1, MAX_RESULTS, 20);
  const domain = cbn.domain(caller, q.domainId, () => err["IllegalParam.TransitRouterMulticastDomainId"]());
  const rows = cbn.state.associations
    .filter((a) => a.TransitRouterMulticastDomainId === domain.TransitRouterMulticastDomainId)
    .filter((a) => !q.attachmentId || a.TransitRouterAttachmentId === q.attachmentId)
    .filter((a) => !q.resourceId || a.ResourceId === q.resourceId)
    .filter((a) => !q.resourceType || a.ResourceType === q.resourceType)
    .filter((a) => q.vSwitchIds.length === 0 || q.vSwitchIds.includes(a.VSwitchId));
  return pageByToken(rows, maxResults, q.nextToken);
}

function ownsDomain(cbn: CbnBackend, caller: string, domainId: string): boolean {
  const domain = own(cbn.state.domains, domainId);
  return domain !== undefined && own(cbn.state.cens, domain.CenId)?.OwnerId === caller;
}

function byGroupThenMember(a: GroupEntryRecord, b: GroupEntryRecord): number {
  return (
    a.TransitRouterMulticastDomainId.localeCompare(b.TransitRouterMulticastDomainId) ||
    a.GroupIpAddress.localeCompare(b.GroupIpAddress) ||
    b.role.localeCompare(a.role) ||
    a.CreatedAt.localeCompare(b.CreatedAt) ||
    (a.NetworkInterfaceId + a.ConnectPeerId + a.PeerTransitRouterMulticastDomainId).localeCompare(
      b.NetworkInterfaceId + b.ConnectPeerId + b.PeerTransitRouterMulticastDomainId,
    )
  );
}
