/** Shapes shared by the GA custom-routing operations (apis.md §4). */

export type GaState = "init" | "active" | "updating" | "deleting";
/** GA's protocols, in the canonical order a request lists them (apis.md §10.6). */
export const GA_PROTOCOLS = ["TCP", "UDP"] as const;
export type GaProtocol = (typeof GA_PROTOCOLS)[number];

export interface CustomRoutingDestination {
  AcceleratorId: string;
  ListenerId: string;
  EndpointGroupId: string;
  DestinationId: string;
  Protocols: GaProtocol[];
  FromPort: number;
  ToPort: number;
  State?: GaState;
}

export interface CustomRoutingEndpointGroup {
  AcceleratorId: string;
  ListenerId: string;
  EndpointGroupId: string;
  Name?: string;
  Description?: string;
  EndpointGroupRegion: string;
  EndpointGroupIpList?: string[];
  State: GaState;
}

export interface Accelerator {
  AcceleratorId: string;
  Name?: string;
  State: string;
  Spec?: string;
  Type?: string;
  DnsName?: string;
}

export interface Listener {
  ListenerId: string;
  Name?: string;
  Protocol: string;
  PortRanges: { FromPort: number; ToPort: number }[];
  State: string;
  Type: "Standard" | "CustomRouting";
}

export interface Paged {
  PageNumber: number;
  PageSize: number;
  TotalCount: number;
}
