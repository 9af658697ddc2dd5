/** Shapes shared by the GA custom-routing operations (docs/cloud-apis.md §4). */

export type GaState = "init" | "active" | "updating" | "deleting";
/** GA's protocols, in the canonical order a request lists them (docs/cloud-apis.md §10.6). */
export const GA_PROTOCOLS = ["TCP", "UDP"] as const;
export type GaProtocol = (typeof GA_PROTOCOLS)[number];
/**
 * Backend ports a custom-routing destination may map (GA stops at 65499, not 65535). Here, not in ga-input.ts,
 * so the validation messages and the form's hints can name it without bringing zod along.
 */
export const GA_PORT_RANGE = { min: 1, max: 65499 } as const;
/** Destination configurations one request takes at most (docs/cloud-apis.md §4.1); the form stops adding rows here. */
export const MAX_DESTINATIONS = 20;
/** The largest PageSize GA's List* operations take (docs/cloud-apis.md §4.3, §4.5). */
export const GA_MAX_PAGE_SIZE = 50;

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
