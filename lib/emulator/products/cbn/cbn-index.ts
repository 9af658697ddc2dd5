import type { GroupEntryRecord } from "./cbn-state";

/**
 * Lookups the register path needs on every call, kept in memory beside the persisted entry list so a rule check
 * costs O(1) instead of a scan of every group entry (the benchmark's create run grows the world to tens of
 * thousands of entries). Rebuilt from the state whenever the backend is created (start, restore, reset).
 */
export class GroupEntryIndex {
  private readonly sources = new Map<string, GroupEntryRecord>();
  private readonly igmpEnis = new Map<string, number>();
  /** domain → group IP → { sources, entries } */
  private readonly groups = new Map<string, Map<string, { sources: number; entries: number }>>();
  private readonly perDomain = new Map<string, number>();
  /** Entries with a transition in flight: the only ones `settle` needs to look at. */
  readonly inFlight = new Set<GroupEntryRecord>();

  constructor(entries: readonly GroupEntryRecord[]) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: GroupEntryRecord): void {
    this.apply(entry, 1);
    if (entry.role === "source") this.sources.set(sourceKey(entry), entry);
    if (entry.pending) this.inFlight.add(entry);
  }

  remove(entry: GroupEntryRecord): void {
    this.apply(entry, -1);
    if (entry.role === "source" && this.sources.get(sourceKey(entry)) === entry)
      this.sources.delete(sourceKey(entry));
    this.inFlight.delete(entry);
  }

  /** The source of `groupIp` in `domainId` on this ENI or connect peer. */
  source(domainId: string, groupIp: string, memberId: string): GroupEntryRecord | undefined {
    return this.sources.get(`${domainId}\n${groupIp}\n${memberId}`);
  }

  hasIgmpv2(eniId: string): boolean {
    return (this.igmpEnis.get(eniId) ?? 0) > 0;
  }

  hasGroup(domainId: string, groupIp: string): boolean {
    return (this.groups.get(domainId)?.get(groupIp)?.entries ?? 0) > 0;
  }

  groupCount(domainId: string): number {
    return this.groups.get(domainId)?.size ?? 0;
  }

  sourceCount(domainId: string, groupIp: string): number {
    return this.groups.get(domainId)?.get(groupIp)?.sources ?? 0;
  }

  entryCount(domainId: string): number {
    return this.perDomain.get(domainId) ?? 0;
  }

  private apply(entry: GroupEntryRecord, delta: 1 | -1): void {
    const domain = entry.TransitRouterMulticastDomainId;
    let groups = this.groups.get(domain);
    if (!groups) this.groups.set(domain, (groups = new Map()));
    const counts = groups.get(entry.GroupIpAddress) ?? { sources: 0, entries: 0 };
    counts.entries += delta;
    if (entry.role === "source") counts.sources += delta;
    if (counts.entries > 0) groups.set(entry.GroupIpAddress, counts);
    else groups.delete(entry.GroupIpAddress);
    this.perDomain.set(domain, (this.perDomain.get(domain) ?? 0) + delta);
    if (entry.type === "IGMPv2" && entry.NetworkInterfaceId) {
      this.igmpEnis.set(entry.NetworkInterfaceId, (this.igmpEnis.get(entry.NetworkInterfaceId) ?? 0) + delta);
    }
  }
}

function sourceKey(entry: GroupEntryRecord): string {
  return `${entry.TransitRouterMulticastDomainId}\n${entry.GroupIpAddress}\n${entry.NetworkInterfaceId || entry.ConnectPeerId}`;
}
