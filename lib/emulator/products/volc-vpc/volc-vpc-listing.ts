import { pageAt, pageByToken } from "../../core/paging";
import { matchesTagFilters } from "./mirror-session-rules";
import { parseMaxResults, volcTokens } from "./volc-paging";
import { vpcErrors } from "./volc-vpc-errors";
import type { RegionState, VolcTag } from "./volc-vpc-state";
import { eniView, filterView, targetView } from "./volc-vpc-views";

/** Read-only pickers: DescribeTrafficMirrorFilters / Targets and DescribeNetworkInterfaces (docs/cloud-apis.md §6.3). */

export interface TagFilter {
  key: string;
  values: string[];
}

export interface PickerQuery {
  ids: string[];
  names: string[];
  ProjectName?: string;
  tagFilters: TagFilter[];
  MaxResults?: string;
  NextToken?: string;
}

interface Named {
  id: string;
  name: string;
  project: string;
  tags: VolcTag[];
}

function matches(item: Named, q: PickerQuery): boolean {
  return (
    (q.ids.length === 0 || q.ids.includes(item.id)) &&
    (q.names.length === 0 || q.names.includes(item.name)) &&
    (q.ProjectName === undefined || item.project === q.ProjectName) &&
    matchesTagFilters(item.tags, q.tagFilters)
  );
}

export function listFilters(region: RegionState, q: PickerQuery) {
  const items = Object.values(region.filters).filter((f) =>
    matches(
      { id: f.TrafficMirrorFilterId, name: f.TrafficMirrorFilterName, project: f.ProjectName, tags: f.Tags },
      q,
    ),
  );
  const page = pageByToken(items, parseMaxResults(q.MaxResults), q.NextToken, volcTokens);
  return { TrafficMirrorFilters: page.items.map(filterView), NextToken: page.nextToken };
}

export function listTargets(region: RegionState, q: PickerQuery) {
  const items = Object.values(region.targets).filter((t) =>
    matches(
      { id: t.TrafficMirrorTargetId, name: t.TrafficMirrorTargetName, project: t.ProjectName, tags: t.Tags },
      q,
    ),
  );
  const page = pageByToken(items, parseMaxResults(q.MaxResults), q.NextToken, volcTokens);
  return { TrafficMirrorTargets: page.items.map(targetView), NextToken: page.nextToken };
}

export interface EniQuery extends PickerQuery {
  VpcId?: string;
  SubnetId?: string;
  ZoneId?: string;
  InstanceId?: string;
  Type?: string;
  Status?: string;
  PrimaryIpAddresses: string[];
  PageNumber?: string;
  PageSize?: string;
}

/**
 * Both paging styles of DescribeNetworkInterfaces: `PageNumber`/`PageSize` (≤100) or `MaxResults`/`NextToken`.
 * The reply always carries TotalCount, PageNumber, PageSize and NextToken (empty on the last page).
 */
export function listEnis(region: RegionState, q: EniQuery) {
  const items = Object.values(region.enis).filter(
    (e) =>
      matches(
        { id: e.NetworkInterfaceId, name: e.NetworkInterfaceName, project: e.ProjectName, tags: e.Tags },
        q,
      ) &&
      (q.VpcId === undefined || e.VpcId === q.VpcId) &&
      (q.SubnetId === undefined || e.SubnetId === q.SubnetId) &&
      (q.ZoneId === undefined || e.ZoneId === q.ZoneId) &&
      (q.InstanceId === undefined || e.DeviceId === q.InstanceId) &&
      (q.Type === undefined || e.Type === q.Type) &&
      (q.Status === undefined || e.Status === q.Status) &&
      (q.PrimaryIpAddresses.length === 0 || q.PrimaryIpAddresses.includes(e.PrimaryIpAddress)),
  );
  const byToken = q.MaxResults !== undefined || q.NextToken !== undefined;
  const size = byToken ? parseMaxResults(q.MaxResults) : parseMaxResults(q.PageSize, "PageSize");
  const offset = byToken
    ? q.NextToken === undefined
      ? 0
      : volcTokens.decode(q.NextToken)
    : (pageNumber(q.PageNumber) - 1) * size;
  const page = pageAt(items, offset, size, volcTokens);
  return {
    NetworkInterfaceSets: page.items.map(eniView),
    TotalCount: page.totalCount,
    PageNumber: Math.floor(offset / size) + 1,
    PageSize: size,
    NextToken: page.nextToken,
  };
}

function pageNumber(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1)
    throw vpcErrors.InvalidParameter("The specified parameter PageNumber is invalid.");
  return Number(raw);
}
