import { VOLC_ACCOUNT_ID } from "../../auth/identities";
import type { Eni, FilterRule, MirrorFilter, MirrorTarget } from "./volc-vpc-state";

/** Record builders for the seeded Volcengine VPC world: defaults shared by every resource of a kind. */

export type Net = Pick<Eni, "VpcId" | "VpcName" | "SubnetId" | "ZoneId">;

export function makeEni(
  id: string,
  net: Net,
  at: string,
  f: Partial<Eni> & { ip: string; mac: string },
): Eni {
  const { ip, mac, ...rest } = f;
  return {
    NetworkInterfaceId: id,
    NetworkInterfaceName: "",
    Description: "",
    Type: "primary",
    Status: "InUse",
    ...net,
    DeviceId: "",
    PrimaryIpAddress: ip,
    SecondaryIps: [],
    MacAddress: mac,
    SecurityGroupIds: ["sg-3ref0i2jeq6m85zsk2ibzl8p1"],
    ServiceManaged: false,
    PortSecurityEnabled: true,
    ProjectName: "default",
    Tags: [],
    AccountId: VOLC_ACCOUNT_ID,
    CreatedAt: at,
    UpdatedAt: at,
    ...rest,
  };
}

export function filter(
  id: string,
  name: string,
  status: string,
  at: string,
  rules: FilterRule[],
): MirrorFilter {
  return {
    TrafficMirrorFilterId: id,
    TrafficMirrorFilterName: name,
    Description: "",
    Status: status,
    ProjectName: "default",
    Tags: [],
    Rules: rules,
    CreatedAt: at,
    UpdatedAt: at,
  };
}

export function rule(
  id: string,
  direction: "ingress" | "egress",
  policy: "accept" | "reject",
  protocol: string,
  src: string,
  srcPorts: string,
  dst: string,
  dstPorts: string,
): FilterRule {
  return {
    TrafficMirrorFilterRuleId: id,
    TrafficDirection: direction,
    Priority: 1,
    Policy: policy,
    Protocol: protocol,
    SourceCidrBlock: src,
    SourcePortRange: srcPorts,
    DestinationCidrBlock: dst,
    DestinationPortRange: dstPorts,
    Description: "",
  };
}

export function target(
  id: string,
  name: string,
  type: MirrorTarget["InstanceType"],
  instanceId: string,
  status: string,
  at: string,
): MirrorTarget {
  return {
    TrafficMirrorTargetId: id,
    TrafficMirrorTargetName: name,
    Description: "",
    InstanceType: type,
    InstanceId: instanceId,
    Status: status,
    ProjectName: "default",
    Tags: [],
    CreatedAt: at,
    UpdatedAt: at,
  };
}
