import type { Pending } from "../../core/transitions";

/**
 * The Global Accelerator store (docs/cloud-apis.md §4). GA is global: one state for the service, addressed as region
 * cn-hangzhou. Plain JSON; wire names except `status`/`pending`, which core/transitions.advance drives
 * (`status` is rendered as `State`).
 */
export interface GaState {
  accelerators: Record<string, GaAccelerator>;
  listeners: Record<string, GaListener>;
  /** Endpoint groups of custom-routing listeners only (standard listeners' groups are another API family). */
  endpointGroups: Record<string, GaEndpointGroup>;
  destinations: Record<string, GaDestination>;
}

export interface GaAccelerator {
  AcceleratorId: string;
  Name: string;
  Description: string;
  /** `active`; `configuring` while a custom-routing change is applied (the "no concurrency per instance" rule). */
  status: string;
  pending?: Pending;
  Spec: string;
  Type: string;
  InstanceChargeType: string;
  BandwidthBillingType: string;
  DnsName: string;
  Bandwidth: number;
  ResourceGroupId: string;
  CreateTime: number;
  ExpiredTime: number;
  Tags: Array<{ Key: string; Value: string }>;
}

export interface GaListener {
  ListenerId: string;
  AcceleratorId: string;
  Name: string;
  Description: string;
  Protocol: string;
  PortRanges: Array<{ FromPort: number; ToPort: number }>;
  /** `Standard` (smart routing) or `CustomRouting`. */
  Type: "Standard" | "CustomRouting";
  /** `active` | `init` | `updating` | `deleting`. */
  status: string;
  pending?: Pending;
  ClientAffinity: string;
  CreateTime: number;
}

/** A vSwitch endpoint of a custom-routing group: its addresses feed the port mapping table. */
export interface GaEndpoint {
  EndpointId: string;
  /** The vSwitch id. */
  Endpoint: string;
  Type: "PrivateSubNet";
  CidrBlock: string;
  /** `DenyAll` (the default), `AllowAll`, or `AllowCustom` with the addresses below. */
  TrafficToEndpointPolicy: "DenyAll" | "AllowAll" | "AllowCustom";
  AllowedAddresses: string[];
}

export interface GaEndpointGroup {
  EndpointGroupId: string;
  AcceleratorId: string;
  ListenerId: string;
  Name: string;
  Description: string;
  EndpointGroupRegion: string;
  /** GA's back-to-origin addresses of the group. */
  EndpointGroupIpList: string[];
  /** `init` | `active` | `updating` | `deleting`; its pending transition also settles its destinations. */
  status: string;
  pending?: Pending;
  Endpoints: GaEndpoint[];
  CreateTime: number;
}

export interface GaDestination {
  DestinationId: string;
  AcceleratorId: string;
  ListenerId: string;
  EndpointGroupId: string;
  Protocols: Array<"TCP" | "UDP">;
  FromPort: number;
  ToPort: number;
  /** `init` → `active` when the group's update completes; `deleting` → gone. */
  status: string;
  CreateTime: number;
}
