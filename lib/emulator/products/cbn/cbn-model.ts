import { aliyunGateway } from "../../core/gateway-errors";
import { own } from "../../core/own-entries";
import type { ModelContext } from "../../core/product";
import { advance } from "../../core/transitions";
import type { EcsBackend } from "../ecs/ecs-model";
import type { NetworkInterfaceRecord } from "../ecs/ecs-state";
import type { VpcBackend } from "../vpc/vpc-model";
import { cbnErrors as err } from "./cbn-errors";
import type { CbnState, GroupEntryRecord, MulticastDomainRecord } from "./cbn-state";
import { isValidGroupIp } from "./group-ip";
import { GroupEntryIndex } from "./cbn-index";

export const MULTICAST_SOURCE_KIND = "multicast-source";
export const QUOTA_GROUPS_PER_DOMAIN = "cbn.multicastGroupsPerDomain";
export const QUOTA_SOURCES_PER_GROUP = "cbn.multicastSourcesPerGroup";
export const QUOTA_ENTRIES_PER_TR = "cbn.sourcesAndMembersPerTransitRouter";
/** "One call creates at most five sources of a group" (seed 000): ENIs and connect peers count together. */
export const MAX_SOURCES_PER_CALL = 5;

export interface SourceRequest {
  domainId?: string;
  groupIp?: string;
  networkInterfaceIds: string[];
  connectPeerIds: string[];
  vpcId?: string;
  dryRun: boolean;
}

/** The CEN backend: multicast domains and every rule of RegisterTransitRouterMulticastGroupSources (seed 000). */
export class CbnBackend {
  private readonly index: GroupEntryIndex;

  constructor(
    readonly state: CbnState,
    private readonly ctx: ModelContext,
  ) {
    this.index = new GroupEntryIndex(state.groupEntries);
  }

  register(caller: string, req: SourceRequest): void {
    const { domain, groupIp } = this.checkCommon(caller, req);
    const eniIds = distinct(req.networkInterfaceIds);
    const peerIds = distinct(req.connectPeerIds);
    if (eniIds.length === 0 && peerIds.length === 0) {
      throw aliyunGateway.missingParameter("NetworkInterfaceIds.N");
    }
    if (eniIds.length + peerIds.length > MAX_SOURCES_PER_CALL) {
      throw err.InvalidParameter(
        "At most five sources can be registered to a group in one call (NetworkInterfaceIds.N and ConnectPeerIds.N together).",
      );
    }
    const cen = own(this.state.cens, domain.CenId);
    if (!cen || cen.Status !== "Active") throw err["IncorrectStatus.Cen"]();
    if (domain.Status !== "Active") throw err["IncorrectStatus.MulticastDomainId"]();
    this.settle(false);

    const fresh: GroupEntryRecord[] = [];
    for (const peerId of peerIds) {
      const peer = own(this.state.connectPeers, peerId);
      if (!peer) throw err["InvalidConnectPeerIds.NotFound"]();
      if (peer.Status !== "Active" || peer.TransitRouterId !== domain.TransitRouterId)
        throw err["IncorrectStatus.ConnectPeerIds"]();
      if (this.index.source(domain.TransitRouterMulticastDomainId, groupIp, peerId))
        throw err.InstanceExist();
      fresh.push(
        this.newEntry(domain, groupIp, {
          ConnectPeerId: peerId,
          ResourceId: domain.TransitRouterId,
          ResourceType: "TR",
        }),
      );
    }
    for (const eniId of eniIds) fresh.push(this.checkEni(caller, domain, groupIp, eniId, req.vpcId));

    this.checkQuotas(domain, groupIp, fresh.length);
    if (req.dryRun) throw aliyunGateway.dryRun();
    for (const entry of fresh) {
      entry.pending = this.ctx.transitions.begin(MULTICAST_SOURCE_KIND, "Registered");
      this.state.groupEntries.push(entry);
      this.index.add(entry);
    }
    this.settle(false);
  }

  deregister(caller: string, req: SourceRequest): void {
    const { domain, groupIp } = this.checkCommon(caller, req);
    const eniIds = distinct(req.networkInterfaceIds);
    if (eniIds.length === 0) throw aliyunGateway.missingParameter("NetworkInterfaceIds.N");
    if (eniIds.length > MAX_SOURCES_PER_CALL)
      throw err.InvalidParameter("At most five sources per call (NetworkInterfaceIds.N ≤ 5).");
    this.settle(false);
    const entries = eniIds.map((eniId) => {
      const entry = this.index.source(domain.TransitRouterMulticastDomainId, groupIp, eniId);
      if (!entry) throw err.InstanceNotExist();
      // While Registering (or already Deregistering) only queries are allowed (seed 000).
      if (entry.status !== "Registered")
        throw err.OperationConflict(`The source ${eniId} is ${entry.status}.`);
      return entry;
    });
    if (req.dryRun) throw aliyunGateway.dryRun();
    for (const entry of entries) {
      entry.status = "Deregistering";
      entry.pending = this.ctx.transitions.begin(MULTICAST_SOURCE_KIND, null);
      this.index.inFlight.add(entry);
    }
    this.settle(false);
  }

  /** Advances Registering/Deregistering entries; `isRead` counts one read for manual transitions. */
  settle(isRead: boolean): void {
    if (this.index.inFlight.size === 0) return;
    let changed = false;
    const gone = new Set<GroupEntryRecord>();
    for (const entry of [...this.index.inFlight]) {
      const moved = advance(entry, this.ctx.transitions, isRead);
      if (moved !== "unchanged") changed = true;
      if (!entry.pending) this.index.inFlight.delete(entry);
      if (moved === "gone") {
        gone.add(entry);
        this.index.remove(entry);
      }
    }
    if (gone.size > 0) {
      // Compact in place: the world persists this very array.
      const entries = this.state.groupEntries;
      let kept = 0;
      for (const e of entries) if (!gone.has(e)) entries[kept++] = e;
      entries.length = kept;
    }
    if (changed) this.ctx.changed();
  }

  domain(caller: string, id: string | undefined, notFound: () => Error): MulticastDomainRecord {
    const domain = own(this.state.domains, id);
    if (!domain || own(this.state.cens, domain.CenId)?.OwnerId !== caller) throw notFound();
    return domain;
  }

  private checkCommon(
    caller: string,
    req: SourceRequest,
  ): { domain: MulticastDomainRecord; groupIp: string } {
    if (!req.domainId) throw aliyunGateway.missingParameter("TransitRouterMulticastDomainId");
    if (!req.groupIp) throw aliyunGateway.missingParameter("GroupIpAddress");
    if (!isValidGroupIp(req.groupIp)) throw err["IllegalParam.GroupIpAddress"]();
    return {
      domain: this.domain(caller, req.domainId, () => err["InvalidMulticastDomainId.NotFound"]()),
      groupIp: req.groupIp,
    };
  }

  /** One ENI, checked in the order the cloud reports problems; returns the entry to create. */
  private checkEni(
    caller: string,
    domain: MulticastDomainRecord,
    groupIp: string,
    eniId: string,
    vpcId: string | undefined,
  ): GroupEntryRecord {
    const vpc = this.ctx.backend<VpcBackend>("vpc");
    if (vpcId && !vpc.vpc(vpcId)) throw err.InstanceNotExist();
    const eni: NetworkInterfaceRecord | undefined = this.ctx.backend<EcsBackend>("ecs").find(eniId);
    // Another account's ENI is only visible when its VPC is named (docs/cloud-apis.md §2.1 VpcId).
    const visible = eni && (eni.OwnerId === caller || (vpcId !== undefined && eni.VpcId === vpcId));
    if (!eni || !visible || (vpcId !== undefined && eni.VpcId !== vpcId))
      throw err["InvalidOperation.NetworkInterfaceNotExist"]();
    if (eni.OwnerId !== caller && !this.state.grantedVpcs.includes(eni.VpcId)) throw err.Unauthorized();
    if (eni.ManagedBy === "transit-router") throw err["InvalidOperation.NTRNetworkInterfaceNotSupport"]();
    const association = this.state.associations.find(
      (a) =>
        a.TransitRouterMulticastDomainId === domain.TransitRouterMulticastDomainId &&
        a.VSwitchId === eni.VSwitchId,
    );
    if (!association) {
      const inPeer = this.state.associations.some(
        (a) =>
          domain.PeerDomainIds.includes(a.TransitRouterMulticastDomainId) && a.VSwitchId === eni.VSwitchId,
      );
      if (inPeer) throw err["InvalidOperation.PeerMulticastDomainSource"]();
      throw err["InvalidOperation.MulticastDomainAssociationNotExist"]();
    }
    if (association.Status !== "Associated") throw err["InvalidOperation.MulticastDomainAssociationStatus"]();
    if (this.index.hasIgmpv2(eniId)) throw err["OperationUnsupported.ExistsIgmpv2MemberOnEni"]();
    if (this.index.source(domain.TransitRouterMulticastDomainId, groupIp, eniId)) throw err.InstanceExist();
    return this.newEntry(domain, groupIp, {
      NetworkInterfaceId: eniId,
      VSwitchId: eni.VSwitchId,
      ResourceId: eni.VpcId,
      ResourceOwnerId: eni.OwnerId,
      TransitRouterAttachmentId: association.TransitRouterAttachmentId,
    });
  }

  private checkQuotas(domain: MulticastDomainRecord, groupIp: string, adding: number): void {
    const id = domain.TransitRouterMulticastDomainId;
    if (
      !this.index.hasGroup(id, groupIp) &&
      this.index.groupCount(id) >= this.ctx.account.quota(QUOTA_GROUPS_PER_DOMAIN)
    ) {
      throw err["QuotaFull.MulticastGroupPerDomain"]();
    }
    if (this.index.sourceCount(id, groupIp) + adding > this.ctx.account.quota(QUOTA_SOURCES_PER_GROUP)) {
      throw err["QuotaFull.MulticastSourcePerGroup"]();
    }
    let onRouter = 0;
    for (const d of Object.values(this.state.domains)) {
      if (d.TransitRouterId === domain.TransitRouterId)
        onRouter += this.index.entryCount(d.TransitRouterMulticastDomainId);
    }
    if (onRouter + adding > this.ctx.account.quota(QUOTA_ENTRIES_PER_TR))
      throw err["QuotaExceeded.SourceAndMemberPerTransitRouter"]();
  }

  private newEntry(
    domain: MulticastDomainRecord,
    groupIp: string,
    fields: Partial<GroupEntryRecord>,
  ): GroupEntryRecord {
    return {
      TransitRouterMulticastDomainId: domain.TransitRouterMulticastDomainId,
      GroupIpAddress: groupIp,
      role: "source",
      type: "Static",
      status: "Registering",
      NetworkInterfaceId: "",
      ConnectPeerId: "",
      PeerTransitRouterMulticastDomainId: "",
      VSwitchId: "",
      ResourceId: "",
      ResourceOwnerId: own(this.state.cens, domain.CenId)?.OwnerId ?? "",
      ResourceType: "VPC",
      TransitRouterAttachmentId: "",
      CreatedAt: new Date(this.ctx.clock.now()).toISOString(),
      ...fields,
    };
  }
}

/**
 * The ids of one call name a set of sources: a repeated id is the same source, registered (or deregistered) once.
 * No source says what the cloud answers to a repeat; refusing the call would fail a client that merges lists.
 */
function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
