/** The router-interface record shared by DescribeRouterInterfaces and DescribeRouterInterfaceAttribute (docs/cloud-apis.md §3.2). */

export type RouterInterfaceStatus =
  | "Idle"
  | "AcceptingConnecting"
  | "Connecting"
  | "Activating"
  | "Active"
  | "Modifying"
  | "Deactivating"
  | "Inactive"
  | "Deleting"
  | "Deleted";

export interface RouterInterface {
  RouterInterfaceId: string;
  Name?: string;
  Description?: string;
  Role: "InitiatingSide" | "AcceptingSide";
  RouterId: string;
  RouterType: "VRouter" | "VBR";
  Status: RouterInterfaceStatus;
  BusinessStatus?: string;
  Spec: string;
  Bandwidth?: number;
  ChargeType?: string;
  CreationTime?: string;
  ConnectedTime?: string;
  OppositeInterfaceId?: string;
  OppositeRouterId?: string;
  OppositeRouterType?: string;
  OppositeInterfaceOwnerId?: string;
  OppositeRegionId?: string;
  OppositeInterfaceStatus?: string;
  VpcInstanceId?: string;
}
