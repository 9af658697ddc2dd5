import { defineOperationMeta, resultOf } from "../define-operation";
import type { GaProtocol, Paged } from "./ga-types";
import { gaRegion } from "./ga-base";

export interface CustomRoutingPortMapping {
  AcceleratorId: string;
  ListenerId: string;
  EndpointGroupId: string;
  EndpointGroupRegion: string;
  AcceleratorPort: number;
  Protocols: GaProtocol[];
  Vswitch: string;
  DestinationSocketAddress: { IpAddress: string; Port: number };
  DestinationTrafficState: string;
}

/** The port mapping table GA derives from listener ports × destinations × vSwitch IPs (docs/cloud-apis.md §4.1). */
export const listCustomRoutingPortMappingsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListCustomRoutingPortMappings",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  ...resultOf<Paged & { PortMappings: CustomRoutingPortMapping[] }>(),
});
