import type { CallContext, Handler } from "../../core/product";
import { objList, str, strList, type Input } from "../../core/wire-input";
import { rawTagsFrom } from "./mirror-session-rules";
import type { EniQuery, PickerQuery, TagFilter } from "./volc-vpc-listing";
import type { VolcVpcBackend } from "./volc-vpc-model";

/** Wire ↔ model for Volcengine VPC (GET, flattened `.N` query, region from the credential scope). */

// VPC results repeat the request id inside `Result` (docs/cloud-apis.md §5.3).
const withId = <T extends object>(call: CallContext, result: T) => ({ RequestId: call.requestId, ...result });
const region = (call: CallContext) => call.region ?? "";

function tagFilters(input: Input): TagFilter[] {
  return objList(input, "TagFilters").map((f) => ({
    key: str(f, "Key") ?? "",
    values: strList(f, "Values"),
  }));
}

function picker(input: Input, idsName: string, namesName: string): PickerQuery {
  return {
    ids: strList(input, idsName),
    names: strList(input, namesName),
    ProjectName: str(input, "ProjectName"),
    tagFilters: tagFilters(input),
    MaxResults: str(input, "MaxResults"),
    NextToken: str(input, "NextToken"),
  };
}

export const volcVpcHandlers: Record<string, Handler<VolcVpcBackend>> = {
  "volcengine.vpc.CreateTrafficMirrorSession": (input, vpc, call) =>
    withId(
      call,
      vpc.createSession({
        region: region(call),
        NetworkInterfaceId: str(input, "NetworkInterfaceId"),
        TrafficMirrorTargetId: str(input, "TrafficMirrorTargetId"),
        TrafficMirrorFilterId: str(input, "TrafficMirrorFilterId"),
        Priority: str(input, "Priority"),
        VirtualNetworkId: str(input, "VirtualNetworkId"),
        PacketLength: str(input, "PacketLength"),
        TrafficMirrorSessionName: str(input, "TrafficMirrorSessionName"),
        Description: str(input, "Description"),
        ProjectName: str(input, "ProjectName"),
        Tags: rawTagsFrom(call.paramNames, objList(input, "Tags")),
        ClientToken: str(input, "ClientToken"),
      }),
    ),
  "volcengine.vpc.DeleteTrafficMirrorSession": (input, vpc, call) => {
    vpc.deleteSession(region(call), str(input, "TrafficMirrorSessionId"));
    return withId(call, {});
  },
  "volcengine.vpc.DescribeTrafficMirrorSessions": (input, vpc, call) =>
    withId(
      call,
      vpc.describeSessions(region(call), {
        ...picker(input, "TrafficMirrorSessionIds", "TrafficMirrorSessionNames"),
        NetworkInterfaceId: str(input, "NetworkInterfaceId"),
        TrafficMirrorTargetId: str(input, "TrafficMirrorTargetId"),
        TrafficMirrorFilterId: str(input, "TrafficMirrorFilterId"),
        VirtualNetworkId: str(input, "VirtualNetworkId"),
        PacketLength: str(input, "PacketLength"),
        Priority: str(input, "Priority"),
      }),
    ),
  "volcengine.vpc.DescribeTrafficMirrorFilters": (input, vpc, call) =>
    withId(
      call,
      vpc.describeFilters(region(call), picker(input, "TrafficMirrorFilterIds", "TrafficMirrorFilterNames")),
    ),
  // Targets filter by a single `TrafficMirrorTargetName` (docs/cloud-apis.md §6.3).
  "volcengine.vpc.DescribeTrafficMirrorTargets": (input, vpc, call) =>
    withId(
      call,
      vpc.describeTargets(region(call), picker(input, "TrafficMirrorTargetIds", "TrafficMirrorTargetName")),
    ),
  "volcengine.vpc.DescribeNetworkInterfaces": (input, vpc, call) => {
    const query: EniQuery = {
      ...picker(input, "NetworkInterfaceIds", "NetworkInterfaceName"),
      VpcId: str(input, "VpcId"),
      SubnetId: str(input, "SubnetId"),
      ZoneId: str(input, "ZoneId"),
      InstanceId: str(input, "InstanceId"),
      Type: str(input, "Type"),
      Status: str(input, "Status"),
      PrimaryIpAddresses: strList(input, "PrimaryIpAddresses"),
      PageNumber: str(input, "PageNumber"),
      PageSize: str(input, "PageSize"),
    };
    return withId(call, vpc.describeNetworkInterfaces(region(call), query));
  },
};
