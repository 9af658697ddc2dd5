import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";
import { gaPaging, gaRegion } from "./ga-input";
import type { GaProtocol, Paged } from "./ga-types";

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

/** The port mapping table GA derives from listener ports × destinations × vSwitch IPs (apis.md §4.1). */
export const listCustomRoutingPortMappings = defineOperation({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListCustomRoutingPortMappings",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  input: z.object({
    AcceleratorId: requiredId("ga-"),
    ListenerId: requiredId("lsr-").optional(),
    EndpointGroupId: requiredId("epg-").optional(),
    ...gaPaging,
  }),
  ...resultOf<Paged & { PortMappings: CustomRoutingPortMapping[] }>(),
  errors: {},
});
