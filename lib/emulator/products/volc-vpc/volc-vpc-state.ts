import type { Pending } from "../../core/transitions";

/**
 * The Volcengine VPC store (traffic mirroring and the ENIs it mirrors). Plain JSON: the world persists it as is.
 * Field names of the records are the wire names (docs/cloud-apis.md §6.2, §6.3) so views are copies, not translations.
 */

export interface VolcTag {
  Key: string;
  Value: string;
}

export interface VolcVpcState {
  /** Projects of the demo account (Volcengine's resource groups); `default` always exists. */
  projects: string[];
  /** Per region (the credential-scope region of the call), e.g. `cn-beijing`. */
  regions: Record<string, RegionState>;
}

export interface RegionState {
  /** ECS instances the ENIs attach to; only what mirroring checks (the instance type) is kept. */
  instances: Record<string, EcsInstance>;
  /** CLB instances that can be mirror targets. */
  clbs: Record<string, ClbInstance>;
  enis: Record<string, Eni>;
  filters: Record<string, MirrorFilter>;
  targets: Record<string, MirrorTarget>;
  sessions: Record<string, MirrorSession>;
}

export interface EcsInstance {
  InstanceId: string;
  InstanceTypeId: string;
}

export interface ClbInstance {
  LoadBalancerId: string;
  /** `Active` or `Inactive` (a stopped CLB cannot receive mirrored traffic). */
  Status: string;
}

/** ENI record with the DescribeNetworkInterfaces fields (Status/Type literals are [L], docs/cloud-apis.md §10.18). */
export interface Eni {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  Description: string;
  /** `primary` | `secondary` | `trunk` (container trunk ENIs cannot be mirrored). */
  Type: string;
  /** `Creating` | `Available` (detached) | `Attaching` | `InUse` | `Detaching` | `Deleting`. */
  Status: string;
  VpcId: string;
  VpcName: string;
  SubnetId: string;
  ZoneId: string;
  /** The ECS instance (or service resource) the ENI is attached to; empty when detached. */
  DeviceId: string;
  PrimaryIpAddress: string;
  SecondaryIps: string[];
  MacAddress: string;
  SecurityGroupIds: string[];
  /** True for ENIs a cloud service (CLB, NAT, VKE…) created and manages: mirroring them is `Forbidden`. */
  ServiceManaged: boolean;
  PortSecurityEnabled: boolean;
  ProjectName: string;
  Tags: VolcTag[];
  AccountId: string;
  CreatedAt: string;
  UpdatedAt: string;
}

export interface FilterRule {
  TrafficMirrorFilterRuleId: string;
  TrafficDirection: "ingress" | "egress";
  Priority: number;
  Policy: "accept" | "reject";
  Protocol: string;
  SourceCidrBlock: string;
  SourcePortRange: string;
  DestinationCidrBlock: string;
  DestinationPortRange: string;
  Description: string;
}

export interface MirrorFilter {
  TrafficMirrorFilterId: string;
  TrafficMirrorFilterName: string;
  Description: string;
  /** `Available` is the only state sessions accept; `Creating`/`Modifying` are refused. */
  Status: string;
  ProjectName: string;
  Tags: VolcTag[];
  Rules: FilterRule[];
  CreatedAt: string;
  UpdatedAt: string;
}

export interface MirrorTarget {
  TrafficMirrorTargetId: string;
  TrafficMirrorTargetName: string;
  Description: string;
  InstanceType: "NetworkInterface" | "ClbInstance";
  /** ENI id or CLB id. */
  InstanceId: string;
  Status: string;
  ProjectName: string;
  Tags: VolcTag[];
  CreatedAt: string;
  UpdatedAt: string;
}

export interface MirrorSession {
  TrafficMirrorSessionId: string;
  TrafficMirrorSessionName: string;
  Description: string;
  /** Source ENI ids; element 0 is the ENI given at creation (docs/cloud-apis.md §6.2). */
  TrafficMirrorSourceIds: string[];
  TrafficMirrorTargetId: string;
  TrafficMirrorFilterId: string;
  Priority: number;
  VirtualNetworkId: number;
  PacketLength: number;
  /** `Creating` → `Active`; `Deleting` → gone. Named `status` for core/transitions.advance. */
  status: string;
  pending?: Pending;
  BusinessStatus: string;
  LockReason: string;
  ProjectName: string;
  Tags: VolcTag[];
  CreatedAt: string;
  UpdatedAt: string;
}
