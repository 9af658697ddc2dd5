import type { ModelContext } from "../../core/product";
import { volcTime } from "./mirror-session-rules";
import { filter, makeEni, rule, target } from "./volc-vpc-seed-builders";
import { BJ, PROJECTS, SH } from "./volc-vpc-ids";
import type { Eni, RegionState, VolcVpcState } from "./volc-vpc-state";

/**
 * The demo world: Beijing holds every case the create form can meet (good sources, a service-managed ENI, a
 * detached one, filters and targets in each state, a session holding priority 1); Shanghai a small clean network.
 */
export function seedVolcVpc(ctx: ModelContext): VolcVpcState {
  const created = volcTime(ctx.clock.now() - 30 * 86_400_000);
  return {
    projects: [...PROJECTS],
    regions: { [BJ.region]: beijing(created), [SH.region]: shanghai(created) },
  };
}

function beijing(at: string): RegionState {
  const net = { VpcId: BJ.vpc, VpcName: "prod-bj", SubnetId: BJ.subnet, ZoneId: "cn-beijing-a" };
  const eni = (id: string, fields: Partial<Eni> & { ip: string; mac: string }): Eni =>
    makeEni(id, net, at, fields);
  const e = BJ.enis;
  return {
    instances: {
      [BJ.instances.web01]: { InstanceId: BJ.instances.web01, InstanceTypeId: "ecs.g3i.large" },
      [BJ.instances.web02]: { InstanceId: BJ.instances.web02, InstanceTypeId: "ecs.g3i.large" },
      [BJ.instances.ids]: { InstanceId: BJ.instances.ids, InstanceTypeId: "ecs.c3i.2xlarge" },
      [BJ.instances.legacy]: { InstanceId: BJ.instances.legacy, InstanceTypeId: "ecs.t2-c1m1.large" },
    },
    clbs: { [BJ.clb]: { LoadBalancerId: BJ.clb, Status: "Active" } },
    enis: {
      [e.web01Primary]: eni(e.web01Primary, {
        NetworkInterfaceName: "web01-eth0",
        DeviceId: BJ.instances.web01,
        ip: "172.16.0.11",
        mac: "00:16:3e:0c:21:0b",
      }),
      [e.web01Secondary]: eni(e.web01Secondary, {
        NetworkInterfaceName: "web01-eth1",
        Type: "secondary",
        DeviceId: BJ.instances.web01,
        ip: "172.16.0.12",
        mac: "00:16:3e:0c:21:0c",
      }),
      [e.web02Primary]: eni(e.web02Primary, {
        NetworkInterfaceName: "web02-eth0",
        DeviceId: BJ.instances.web02,
        ip: "172.16.0.21",
        mac: "00:16:3e:0c:21:15",
      }),
      [e.idsPrimary]: eni(e.idsPrimary, {
        NetworkInterfaceName: "ids-eth0",
        DeviceId: BJ.instances.ids,
        ip: "172.16.0.31",
        mac: "00:16:3e:0c:21:1f",
        ProjectName: "netops",
      }),
      [e.idsStandby]: eni(e.idsStandby, {
        NetworkInterfaceName: "ids-standby",
        Type: "secondary",
        Status: "Available",
        DeviceId: "",
        ip: "172.16.0.32",
        mac: "00:16:3e:0c:21:20",
        ProjectName: "netops",
      }),
      [e.clbManaged]: eni(e.clbManaged, {
        NetworkInterfaceName: "clb-managed",
        Description: "Created by CLB",
        Type: "secondary",
        DeviceId: BJ.clb,
        ServiceManaged: true,
        ip: "172.16.0.41",
        mac: "00:16:3e:0c:21:29",
      }),
      [e.spare]: eni(e.spare, {
        NetworkInterfaceName: "spare-eni",
        Type: "secondary",
        Status: "Available",
        DeviceId: "",
        ip: "172.16.0.51",
        mac: "00:16:3e:0c:21:33",
      }),
      [e.attaching]: eni(e.attaching, {
        NetworkInterfaceName: "web02-eth1",
        Type: "secondary",
        Status: "Attaching",
        DeviceId: BJ.instances.web02,
        ip: "172.16.0.22",
        mac: "00:16:3e:0c:21:16",
      }),
      [e.legacyPrimary]: eni(e.legacyPrimary, {
        NetworkInterfaceName: "legacy-eth0",
        DeviceId: BJ.instances.legacy,
        ip: "172.16.0.61",
        mac: "00:16:3e:0c:21:3d",
      }),
      [e.trunk]: eni(e.trunk, {
        NetworkInterfaceName: "vke-trunk",
        Description: "VKE pod trunk",
        Type: "trunk",
        DeviceId: BJ.instances.web02,
        ip: "172.16.0.23",
        mac: "00:16:3e:0c:21:17",
      }),
    },
    filters: {
      [BJ.filters.webAll]: filter(BJ.filters.webAll, "web-all-traffic", "Available", at, [
        rule(
          "tmfr-1a9c3eqv0x7k4n6nu5aa1b2c",
          "ingress",
          "accept",
          "all",
          "0.0.0.0/0",
          "-1/-1",
          "172.16.0.0/24",
          "-1/-1",
        ),
        rule(
          "tmfr-1a9c3eqv0x7k4n6nu5ab3d4e",
          "egress",
          "accept",
          "all",
          "172.16.0.0/24",
          "-1/-1",
          "0.0.0.0/0",
          "-1/-1",
        ),
      ]),
      [BJ.filters.dns]: filter(BJ.filters.dns, "dns-only", "Available", at, [
        rule(
          "tmfr-1a9c3eqv0x7k4n6nu5ac5f6g",
          "ingress",
          "accept",
          "udp",
          "0.0.0.0/0",
          "-1/-1",
          "172.16.0.0/24",
          "53/53",
        ),
      ]),
      [BJ.filters.pending]: filter(BJ.filters.pending, "tls-capture", "Creating", at, []),
    },
    targets: {
      [BJ.targets.idsEni]: target(
        BJ.targets.idsEni,
        "ids-appliance",
        "NetworkInterface",
        e.idsPrimary,
        "Available",
        at,
      ),
      [BJ.targets.collectorClb]: target(
        BJ.targets.collectorClb,
        "collector-clb",
        "ClbInstance",
        BJ.clb,
        "Available",
        at,
      ),
      [BJ.targets.creating]: target(
        BJ.targets.creating,
        "new-collector",
        "ClbInstance",
        BJ.clb,
        "Creating",
        at,
      ),
      [BJ.targets.standbyEni]: target(
        BJ.targets.standbyEni,
        "ids-standby",
        "NetworkInterface",
        e.idsStandby,
        "Available",
        at,
      ),
      [BJ.targets.orphan]: target(
        BJ.targets.orphan,
        "old-probe",
        "NetworkInterface",
        BJ.deletedEni,
        "Available",
        at,
      ),
    },
    sessions: {
      [BJ.sessions.web01]: {
        TrafficMirrorSessionId: BJ.sessions.web01,
        TrafficMirrorSessionName: "web01-to-ids",
        Description: "Mirror web01 to the IDS appliance",
        TrafficMirrorSourceIds: [e.web01Primary],
        TrafficMirrorTargetId: BJ.targets.idsEni,
        TrafficMirrorFilterId: BJ.filters.webAll,
        Priority: 1,
        VirtualNetworkId: 1,
        PacketLength: 1450,
        status: "Active",
        BusinessStatus: "Normal",
        LockReason: "",
        ProjectName: "default",
        Tags: [{ Key: "env", Value: "prod" }],
        CreatedAt: at,
        UpdatedAt: at,
      },
    },
  };
}

function shanghai(at: string): RegionState {
  const net = { VpcId: SH.vpc, VpcName: "app-sh", SubnetId: SH.subnet, ZoneId: "cn-shanghai-a" };
  const e = SH.enis;
  return {
    instances: { [SH.instances.app01]: { InstanceId: SH.instances.app01, InstanceTypeId: "ecs.g3i.xlarge" } },
    clbs: { [SH.clb]: { LoadBalancerId: SH.clb, Status: "Active" } },
    enis: {
      [e.app01Primary]: makeEni(e.app01Primary, net, at, {
        NetworkInterfaceName: "app01-eth0",
        DeviceId: SH.instances.app01,
        ip: "10.10.0.11",
        mac: "00:16:3e:1a:01:0b",
      }),
      [e.app01Secondary]: makeEni(e.app01Secondary, net, at, {
        NetworkInterfaceName: "app01-eth1",
        Type: "secondary",
        DeviceId: SH.instances.app01,
        ip: "10.10.0.12",
        mac: "00:16:3e:1a:01:0c",
      }),
      [e.natManaged]: makeEni(e.natManaged, net, at, {
        NetworkInterfaceName: "nat-managed",
        Description: "Created by NAT gateway",
        Type: "secondary",
        DeviceId: "ngw-1a2gnbqt8vdm3n6nu6hmn1n9",
        ServiceManaged: true,
        ip: "10.10.0.250",
        mac: "00:16:3e:1a:01:fa",
      }),
    },
    filters: {
      [SH.filters.all]: filter(SH.filters.all, "all-traffic", "Available", at, [
        rule(
          "tmfr-1a2gnbqw1ygp3n6nu6jpq4q1",
          "ingress",
          "accept",
          "all",
          "0.0.0.0/0",
          "-1/-1",
          "10.10.0.0/24",
          "-1/-1",
        ),
      ]),
    },
    targets: {
      [SH.targets.clb]: target(SH.targets.clb, "sh-collector", "ClbInstance", SH.clb, "Available", at),
    },
    sessions: {},
  };
}
