/** Alibaba ECS store: elastic network interfaces (the vSwitches and VPCs they sit in belong to the VPC product). */
export interface EcsState {
  networkInterfaces: Record<string, NetworkInterfaceRecord>;
}

export interface NetworkInterfaceRecord {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  Description: string;
  Status: "Available" | "Attaching" | "InUse" | "Detaching" | "Deleting";
  Type: "Primary" | "Secondary";
  RegionId: string;
  ZoneId: string;
  VpcId: string;
  VSwitchId: string;
  InstanceId: string;
  PrivateIpAddress: string;
  MacAddress: string;
  SecurityGroupIds: string[];
  OwnerId: string;
  /** Created and managed by a cloud service on the user's behalf (e.g. a transit router's ENI). */
  ServiceManaged: boolean;
  /** Which service manages it; `transit-router` ENIs cannot join multicast groups. */
  ManagedBy?: "transit-router";
  ResourceGroupId: string;
  CreationTime: string;
  Tags: { TagKey: string; TagValue: string }[];
}
