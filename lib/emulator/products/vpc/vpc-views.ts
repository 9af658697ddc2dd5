import { own } from "../../core/own-entries";
import type { VpcBackend } from "./vpc-model";
import type { RouterInterfaceRecord } from "./vpc-state";

const SPEC_BANDWIDTH: Record<string, number> = {
  "Mini.2": 2,
  "Mini.5": 5,
  "Small.1": 10,
  "Small.2": 20,
  "Small.5": 50,
  "Middle.1": 100,
  "Middle.2": 200,
  "Middle.5": 500,
  "Large.1": 1000,
  "Large.2": 2000,
  "Large.5": 5000,
  "Xlarge.1": 10000,
};

/**
 * One router interface as DescribeRouterInterfaces' `RouterInterfaceType` element (docs/cloud-apis.md §3.2). Opposite*
 * state is read from the peer itself, as the cloud shows it. Unset strings are `""` like the real API.
 */
export function routerInterfaceView(ri: RouterInterfaceRecord, vpc: VpcBackend): Record<string, unknown> {
  const router = vpc.router(ri.RouterId);
  const peer = ri.OppositeInterfaceId ? vpc.interfaceById(ri.OppositeInterfaceId) : undefined;
  const peerRouter = peer ? vpc.router(peer.RouterId) : undefined;
  const bandwidthOf = (r: RouterInterfaceRecord | undefined, other: RouterInterfaceRecord | undefined) =>
    r ? (own(SPEC_BANDWIDTH, r.Spec) ?? (other ? (own(SPEC_BANDWIDTH, other.Spec) ?? 0) : 0)) : 0;
  return {
    RouterInterfaceId: ri.RouterInterfaceId,
    Name: ri.Name,
    Description: ri.Description,
    Role: ri.Role,
    RouterId: ri.RouterId,
    RouterType: router?.RouterType ?? "",
    VpcInstanceId: router?.VpcId ?? "",
    AccessPointId: router?.AccessPointId ?? "",
    Status: ri.status,
    BusinessStatus: ri.BusinessStatus,
    Spec: ri.Spec,
    Bandwidth: bandwidthOf(ri, peer),
    ChargeType: ri.ChargeType,
    CreationTime: ri.CreationTime,
    ConnectedTime: ri.ConnectedTime,
    EndTime: "",
    OppositeInterfaceId: ri.OppositeInterfaceId,
    OppositeRouterId: ri.OppositeRouterId,
    OppositeRouterType: ri.OppositeRouterType,
    OppositeInterfaceOwnerId: ri.OppositeInterfaceOwnerId,
    OppositeRegionId: peer?.RegionId ?? "",
    OppositeInterfaceStatus: peer?.status ?? "",
    OppositeInterfaceBusinessStatus: peer?.BusinessStatus ?? "",
    OppositeInterfaceSpec: peer?.Spec ?? "",
    OppositeAccessPointId: peerRouter?.AccessPointId ?? "",
    OppositeVpcInstanceId: peerRouter?.VpcId ?? "",
    OppositeBandwidth: bandwidthOf(peer, ri),
    CrossBorder: ri.CrossBorder,
    FastLinkMode: false,
    HcRate: ri.HcRate,
    HcThreshold: ri.HcThreshold,
    HealthCheckSourceIp: ri.HealthCheckSourceIp,
    HealthCheckTargetIp: ri.HealthCheckTargetIp,
    HasReservationData: "false",
    ResourceGroupId: ri.ResourceGroupId,
    Ipv6Status: "",
    Tags: { Tags: ri.Tags.map((t) => ({ Key: t.Key, Value: t.Value })) },
  };
}
