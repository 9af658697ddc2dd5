import type { GaAccelerator, GaDestination, GaEndpointGroup, GaListener } from "./ga-state";

/** Wire shapes (field names as in the TS SDK ga-20191120 response models; docs/cloud-apis.md §4.2–4.5). */

const unmanaged = { ServiceManaged: false, ServiceManagedInfos: [] as unknown[] };

export function acceleratorView(a: GaAccelerator) {
  return {
    AcceleratorId: a.AcceleratorId,
    Name: a.Name,
    Description: a.Description,
    State: a.status,
    Spec: a.Spec,
    Type: a.Type,
    InstanceChargeType: a.InstanceChargeType,
    BandwidthBillingType: a.BandwidthBillingType,
    DnsName: a.DnsName,
    Bandwidth: a.Bandwidth,
    RegionId: "cn-hangzhou",
    ResourceGroupId: a.ResourceGroupId,
    CreateTime: a.CreateTime,
    ExpiredTime: a.ExpiredTime,
    Tags: a.Tags.map((t) => ({ ...t })),
    ...unmanaged,
  };
}

export function listenerView(l: GaListener) {
  return {
    AcceleratorId: l.AcceleratorId,
    ListenerId: l.ListenerId,
    Name: l.Name,
    Description: l.Description,
    Protocol: l.Protocol,
    PortRanges: l.PortRanges.map((r) => ({ ...r })),
    BackendPorts: [] as unknown[],
    Certificates: [] as unknown[],
    State: l.status,
    Type: l.Type,
    ClientAffinity: l.ClientAffinity,
    ProxyProtocol: false,
    CreateTime: l.CreateTime,
    ...unmanaged,
  };
}

/** DescribeCustomRoutingEndpointGroup (flat, beside RequestId) and the ListCustomRoutingEndpointGroups items. */
export function groupView(g: GaEndpointGroup) {
  return {
    AcceleratorId: g.AcceleratorId,
    ListenerId: g.ListenerId,
    EndpointGroupId: g.EndpointGroupId,
    Name: g.Name,
    Description: g.Description,
    EndpointGroupRegion: g.EndpointGroupRegion,
    EndpointGroupIpList: [...g.EndpointGroupIpList],
    EndpointGroupUnconfirmedIpList: [] as string[],
    State: g.status,
    EnableAccessLog: false,
    AccessLogSwitch: "off",
    SlsProjectName: "",
    SlsLogStoreName: "",
    SlsRegion: "",
    ...unmanaged,
  };
}

/** ListCustomRoutingEndpointGroupDestinations items carry no State; the single Describe does (docs/cloud-apis.md §4.3–4.4). */
export function destinationView(d: GaDestination) {
  return {
    AcceleratorId: d.AcceleratorId,
    ListenerId: d.ListenerId,
    EndpointGroupId: d.EndpointGroupId,
    DestinationId: d.DestinationId,
    Protocols: [...d.Protocols],
    FromPort: d.FromPort,
    ToPort: d.ToPort,
    ...unmanaged,
  };
}
