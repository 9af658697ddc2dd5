/** Shapes of Volcengine VPC traffic-mirroring resources (docs/cloud-apis.md §6.2, §6.3). */

/**
 * Session priorities (docs/cloud-apis.md §6.1): lower wins; each session of a region holds its own. The catalog's limits live
 * here, zod-free, so the op schema, the form and the validation messages all read the same constants.
 */
export const PRIORITY_RANGE = { min: 1, max: 32766 } as const;
/** VNI (docs/cloud-apis.md §10.8: 1–16777215, 0 refused) and mirrored packet length in bytes (64–9600), likewise. */
export const VNI_RANGE = { min: 1, max: 16_777_215 } as const;
export const PACKET_LENGTH_RANGE = { min: 64, max: 9600 } as const;
/**
 * What an empty packet length becomes (the seed: "default 1500") and the docs' recommended ceiling ("recommended
 * 64–1450"; docs/cloud-apis.md §6.1): the form's placeholder, help and warning all read these, so they cannot
 * disagree with each other or with the session the cloud creates.
 */
export const PACKET_LENGTH_DEFAULT = 1500;
export const PACKET_LENGTH_RECOMMENDED_MAX = 1450;
/** The most items a Volcengine VPC list returns per page (`MaxResults` 1–100, docs/cloud-apis.md §6.2). */
export const VOLC_VPC_MAX_RESULTS = 100;
/** Tags per session; lib/schemas/tags.ts enforces it, and a test pins the two together. */
export const MAX_SESSION_TAGS = 20;

export type TrafficMirrorSessionStatus = "Creating" | "Active" | "Failed" | "Deleting" | "Updating";

export interface VolcTag {
  Key: string;
  Value?: string;
}

export interface TrafficMirrorSession {
  TrafficMirrorSessionId: string;
  TrafficMirrorSessionName?: string;
  Description?: string;
  TrafficMirrorSourceIds: string[];
  TrafficMirrorTargetId: string;
  TrafficMirrorFilterId: string;
  Priority: number;
  VirtualNetworkId: number;
  PacketLength: number;
  Status: TrafficMirrorSessionStatus;
  BusinessStatus?: string;
  ProjectName?: string;
  Tags?: VolcTag[];
  CreatedAt?: string;
  UpdatedAt?: string;
}

export interface TrafficMirrorTarget {
  TrafficMirrorTargetId: string;
  TrafficMirrorTargetName?: string;
  Description?: string;
  InstanceType: "NetworkInterface" | "ClbInstance";
  InstanceId: string;
  Status: string;
  ProjectName?: string;
}

export interface TrafficMirrorFilterRule {
  TrafficMirrorFilterRuleId: string;
  TrafficDirection: "ingress" | "egress";
  Priority: number;
  Policy: "accept" | "reject";
  Protocol: string;
  SourceCidrBlock?: string;
  SourcePortRange?: string;
  DestinationCidrBlock?: string;
  DestinationPortRange?: string;
}

export interface TrafficMirrorFilter {
  TrafficMirrorFilterId: string;
  TrafficMirrorFilterName?: string;
  Description?: string;
  Status: string;
  ProjectName?: string;
  IngressFilterRules?: TrafficMirrorFilterRule[];
  EgressFilterRules?: TrafficMirrorFilterRule[];
}

export interface VolcNetworkInterface {
  NetworkInterfaceId: string;
  NetworkInterfaceName?: string;
  Type: string;
  Status: string;
  VpcId: string;
  SubnetId?: string;
  ZoneId?: string;
  DeviceId?: string;
  PrimaryIpAddress?: string;
  ServiceManaged?: boolean;
  ProjectName?: string;
}
