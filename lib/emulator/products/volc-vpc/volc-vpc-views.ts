import type { Eni, MirrorFilter, MirrorSession, MirrorTarget } from "./volc-vpc-state";

/** Wire shapes of the list items (docs/cloud-apis.md §6.2, §6.3; ENI fields as in volcengine-go-sdk's output struct). */

export function sessionView(s: MirrorSession) {
  return {
    TrafficMirrorSessionId: s.TrafficMirrorSessionId,
    TrafficMirrorSessionName: s.TrafficMirrorSessionName,
    Description: s.Description,
    TrafficMirrorSourceIds: [...s.TrafficMirrorSourceIds],
    TrafficMirrorTargetId: s.TrafficMirrorTargetId,
    TrafficMirrorFilterId: s.TrafficMirrorFilterId,
    Priority: s.Priority,
    VirtualNetworkId: s.VirtualNetworkId,
    PacketLength: s.PacketLength,
    Status: s.status,
    BusinessStatus: s.BusinessStatus,
    LockReason: s.LockReason,
    ProjectName: s.ProjectName,
    Tags: s.Tags.map((t) => ({ ...t })),
    CreatedAt: s.CreatedAt,
    UpdatedAt: s.UpdatedAt,
  };
}

export function filterView(f: MirrorFilter) {
  const rules = (direction: "ingress" | "egress") =>
    f.Rules.filter((r) => r.TrafficDirection === direction).map((r) => ({
      ...r,
      TrafficMirrorFilterId: f.TrafficMirrorFilterId,
      Status: "Available",
      CreatedAt: f.CreatedAt,
      UpdatedAt: f.UpdatedAt,
    }));
  return {
    TrafficMirrorFilterId: f.TrafficMirrorFilterId,
    TrafficMirrorFilterName: f.TrafficMirrorFilterName,
    Description: f.Description,
    Status: f.Status,
    ProjectName: f.ProjectName,
    Tags: f.Tags.map((t) => ({ ...t })),
    IngressFilterRules: rules("ingress"),
    EgressFilterRules: rules("egress"),
    CreatedAt: f.CreatedAt,
    UpdatedAt: f.UpdatedAt,
  };
}

export function targetView(t: MirrorTarget) {
  return {
    TrafficMirrorTargetId: t.TrafficMirrorTargetId,
    TrafficMirrorTargetName: t.TrafficMirrorTargetName,
    Description: t.Description,
    InstanceType: t.InstanceType,
    InstanceId: t.InstanceId,
    Status: t.Status,
    ProjectName: t.ProjectName,
    Tags: t.Tags.map((tag) => ({ ...tag })),
    CreatedAt: t.CreatedAt,
    UpdatedAt: t.UpdatedAt,
  };
}

/** `NetworkInterfaceSets[]` item: a plain array element, `PrivateIpSets` keeps its XML-heritage wrapper. */
export function eniView(e: Eni) {
  return {
    NetworkInterfaceId: e.NetworkInterfaceId,
    NetworkInterfaceName: e.NetworkInterfaceName,
    Description: e.Description,
    Type: e.Type,
    Status: e.Status,
    VpcId: e.VpcId,
    VpcName: e.VpcName,
    SubnetId: e.SubnetId,
    ZoneId: e.ZoneId,
    DeviceId: e.DeviceId,
    PrimaryIpAddress: e.PrimaryIpAddress,
    PrivateIpSets: {
      PrivateIpSet: [
        { PrivateIpAddress: e.PrimaryIpAddress, Primary: true },
        ...e.SecondaryIps.map((ip) => ({ PrivateIpAddress: ip, Primary: false })),
      ],
    },
    IPv6Sets: [] as string[],
    MacAddress: e.MacAddress,
    SecurityGroupIds: [...e.SecurityGroupIds],
    ServiceManaged: e.ServiceManaged,
    PortSecurityEnabled: e.PortSecurityEnabled,
    ProjectName: e.ProjectName,
    Tags: e.Tags.map((t) => ({ ...t })),
    AccountId: e.AccountId,
    CreatedAt: e.CreatedAt,
    UpdatedAt: e.UpdatedAt,
  };
}
