import type { ModelContext } from "../../core/product";
import { GA } from "./ga-ids";
import type { GaAccelerator, GaState } from "./ga-state";

export const LISTENER_KIND = "ga-listener";
const DAY = 86_400_000;

/**
 * One active standard instance with a custom-routing listener (two endpoint groups with vSwitches, one
 * destination) and a standard listener; plus a staging instance whose custom-routing listener is mid-update
 * when the world is seeded (it settles like any transition, so `NotActive.Listener` is visible until then).
 */
export function seedGa(ctx: ModelContext): GaState {
  const now = ctx.clock.now();
  const created = now - 60 * DAY;
  const accelerator = (id: string, name: string): GaAccelerator => ({
    AcceleratorId: id,
    Name: name,
    Description: "",
    status: "active",
    Spec: "2",
    Type: "standard",
    InstanceChargeType: "PREPAY",
    BandwidthBillingType: "BandwidthPackage",
    DnsName: `${id}.aliyunga0019.com`,
    Bandwidth: 100,
    ResourceGroupId: "rg-acfmxazb4ph6aiy",
    CreateTime: created,
    ExpiredTime: created + 365 * DAY,
    Tags: [],
  });
  const s = GA.staging;
  return {
    accelerators: {
      [GA.accelerator]: {
        ...accelerator(GA.accelerator, "game-global"),
        Tags: [{ Key: "team", Value: "game" }],
      },
      [s.accelerator]: accelerator(s.accelerator, "game-staging"),
    },
    listeners: {
      [GA.listeners.custom]: {
        ListenerId: GA.listeners.custom,
        AcceleratorId: GA.accelerator,
        Name: "game-custom-routing",
        Description: "",
        Protocol: "TCP",
        PortRanges: [{ FromPort: 10000, ToPort: 16000 }],
        Type: "CustomRouting",
        status: "active",
        ClientAffinity: "NONE",
        CreateTime: created + DAY,
      },
      [GA.listeners.standard]: {
        ListenerId: GA.listeners.standard,
        AcceleratorId: GA.accelerator,
        Name: "web-https",
        Description: "",
        Protocol: "TCP",
        PortRanges: [{ FromPort: 443, ToPort: 443 }],
        Type: "Standard",
        status: "active",
        ClientAffinity: "SOURCE_IP",
        CreateTime: created + DAY,
      },
      [s.listener]: {
        ListenerId: s.listener,
        AcceleratorId: s.accelerator,
        Name: "staging-custom-routing",
        Description: "port ranges being changed",
        Protocol: "TCP",
        PortRanges: [{ FromPort: 20000, ToPort: 20999 }],
        Type: "CustomRouting",
        status: "updating",
        pending: ctx.transitions.begin(LISTENER_KIND, "active"),
        ClientAffinity: "NONE",
        CreateTime: created + 2 * DAY,
      },
    },
    endpointGroups: {
      [GA.groups.hangzhou]: {
        EndpointGroupId: GA.groups.hangzhou,
        AcceleratorId: GA.accelerator,
        ListenerId: GA.listeners.custom,
        Name: "hz-game-servers",
        Description: "Hangzhou game servers",
        EndpointGroupRegion: "cn-hangzhou",
        EndpointGroupIpList: ["47.110.12.30", "47.110.12.31"],
        status: "active",
        Endpoints: [
          {
            EndpointId: GA.endpoints.hangzhou,
            Endpoint: GA.vswitches.hangzhou,
            Type: "PrivateSubNet",
            CidrBlock: "192.168.10.0/28",
            TrafficToEndpointPolicy: "AllowAll",
            AllowedAddresses: [],
          },
        ],
        CreateTime: created + 2 * DAY,
      },
      [GA.groups.shanghai]: {
        EndpointGroupId: GA.groups.shanghai,
        AcceleratorId: GA.accelerator,
        ListenerId: GA.listeners.custom,
        Name: "sh-game-servers",
        Description: "Shanghai game servers",
        EndpointGroupRegion: "cn-shanghai",
        EndpointGroupIpList: ["139.196.40.12", "139.196.40.13"],
        status: "active",
        Endpoints: [
          {
            EndpointId: GA.endpoints.shanghai,
            Endpoint: GA.vswitches.shanghai,
            Type: "PrivateSubNet",
            CidrBlock: "10.20.30.0/28",
            TrafficToEndpointPolicy: "AllowCustom",
            AllowedAddresses: ["10.20.30.1", "10.20.30.2"],
          },
        ],
        CreateTime: created + 3 * DAY,
      },
      [s.group]: {
        EndpointGroupId: s.group,
        AcceleratorId: s.accelerator,
        ListenerId: s.listener,
        Name: "staging-servers",
        Description: "",
        EndpointGroupRegion: "cn-hangzhou",
        EndpointGroupIpList: ["47.110.12.40"],
        status: "active",
        Endpoints: [
          {
            EndpointId: s.endpoint,
            Endpoint: s.vswitch,
            Type: "PrivateSubNet",
            CidrBlock: "192.168.20.0/29",
            TrafficToEndpointPolicy: "DenyAll",
            AllowedAddresses: [],
          },
        ],
        CreateTime: created + 3 * DAY,
      },
    },
    destinations: {
      [GA.destination]: {
        DestinationId: GA.destination,
        AcceleratorId: GA.accelerator,
        ListenerId: GA.listeners.custom,
        EndpointGroupId: GA.groups.hangzhou,
        Protocols: ["TCP"],
        FromPort: 80,
        ToPort: 81,
        status: "active",
        CreateTime: created + 4 * DAY,
      },
    },
  };
}
