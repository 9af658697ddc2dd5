import { own } from "../../core/own-entries";
import { pageByNumber, pageByToken } from "../../core/paging";
import { VendorError } from "../../core/vendor-error";
import { requireRegion } from "../aliyun-demo/regions";
import type { EcsState, NetworkInterfaceRecord } from "./ecs-state";

/** Token paging clamps MaxResults into 10–500 (documented clamp, not a refusal). */
export const MAX_RESULTS = 500;

export interface EniQuery {
  regionId?: string;
  ids: string[];
  vpcId?: string;
  vSwitchId?: string;
  instanceId?: string;
  securityGroupId?: string;
  type?: string;
  status?: string;
  name?: string;
  primaryIpAddress?: string;
  serviceManaged?: boolean;
  tags: { key: string; value?: string }[];
  /** Token paging when either is set (the current style); else the deprecated PageNumber/PageSize. */
  maxResults?: number;
  nextToken?: string;
  pageNumber?: number;
  pageSize?: number;
}

export type EniPage =
  | { style: "token"; items: NetworkInterfaceRecord[]; nextToken: string; totalCount: number }
  | {
      style: "number";
      items: NetworkInterfaceRecord[];
      pageNumber: number;
      pageSize: number;
      totalCount: number;
    };

const invalid = (message: string) => new VendorError(400, "InvalidParameter", message);

/** The ECS backend: ENIs, looked up by the picker and by CEN when registering sources. */
export class EcsBackend {
  constructor(readonly state: EcsState) {}

  /** DescribeNetworkInterfaces (docs/cloud-apis.md §2.6). */
  describe(caller: string, q: EniQuery): EniPage {
    const region = requireRegion(q.regionId);
    if (q.ids.length > 100) throw invalid("NetworkInterfaceId.N accepts at most 100 IDs.");
    if (q.tags.length > 20) throw invalid("Tag.N accepts at most 20 tags.");
    const matching = Object.values(this.state.networkInterfaces)
      .filter((e) => e.OwnerId === caller && e.RegionId === region)
      .filter((e) => q.ids.length === 0 || q.ids.includes(e.NetworkInterfaceId))
      .filter((e) => !q.vpcId || e.VpcId === q.vpcId)
      .filter((e) => !q.vSwitchId || e.VSwitchId === q.vSwitchId)
      .filter((e) => !q.instanceId || e.InstanceId === q.instanceId)
      .filter((e) => !q.securityGroupId || e.SecurityGroupIds.includes(q.securityGroupId))
      .filter((e) => !q.type || e.Type === q.type)
      .filter((e) => !q.status || e.Status === q.status)
      .filter((e) => !q.name || e.NetworkInterfaceName === q.name)
      .filter((e) => !q.primaryIpAddress || e.PrivateIpAddress === q.primaryIpAddress)
      .filter((e) => q.serviceManaged === undefined || e.ServiceManaged === q.serviceManaged)
      .filter((e) =>
        q.tags.every((t) =>
          e.Tags.some((et) => et.TagKey === t.key && (t.value === undefined || et.TagValue === t.value)),
        ),
      )
      .sort((a, b) => a.NetworkInterfaceId.localeCompare(b.NetworkInterfaceId));
    if (q.maxResults !== undefined || q.nextToken !== undefined) {
      // Documented clamp, not a refusal: <10 reads as 10, >500 as 500.
      const max = Math.min(MAX_RESULTS, Math.max(10, q.maxResults ?? 10));
      const page = pageByToken(matching, max, q.nextToken);
      return { style: "token", items: page.items, nextToken: page.nextToken, totalCount: page.totalCount };
    }
    const pageNumber = q.pageNumber ?? 1;
    const pageSize = q.pageSize ?? 10;
    if (pageNumber < 1) throw invalid("PageNumber must be at least 1.");
    if (pageSize < 1 || pageSize > 1000) throw invalid("PageSize must be between 1 and 1000.");
    const page = pageByNumber(matching, pageNumber, pageSize);
    return { style: "number", ...page };
  }

  /** Any account's ENI (CEN decides whether the caller may use it). */
  find(id: string): NetworkInterfaceRecord | undefined {
    return own(this.state.networkInterfaces, id);
  }
}
