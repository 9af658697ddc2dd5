import { ACCOUNTS, ENI, ENI_POOL, VPC, VSW } from "../aliyun-demo/demo-ids";
import type { EcsState, NetworkInterfaceRecord } from "./ecs-state";

let mac = 0;

function eni(
  id: string,
  name: string,
  vpcId: string,
  vSwitchId: string,
  zoneId: string,
  ip: string,
  extra: Partial<NetworkInterfaceRecord> = {},
): NetworkInterfaceRecord {
  mac += 1;
  return {
    NetworkInterfaceId: id,
    NetworkInterfaceName: name,
    Description: "",
    Status: "InUse",
    Type: "Secondary",
    RegionId: zoneId.slice(0, zoneId.lastIndexOf("-")),
    ZoneId: zoneId,
    VpcId: vpcId,
    VSwitchId: vSwitchId,
    InstanceId: "",
    PrivateIpAddress: ip,
    MacAddress: `00:16:3e:12:34:${mac.toString(16).padStart(2, "0")}`,
    SecurityGroupIds: ["sg-bp1fg655nh68xyz9i0a1"],
    OwnerId: ACCOUNTS.demo,
    ServiceManaged: false,
    ResourceGroupId: "rg-acfmxazb4ph6aiy",
    CreationTime: "2026-10-08T03:30:00Z",
    Tags: [],
    ...extra,
  };
}

/** ENIs on associated, not-associated and still-associating vSwitches, a transit-router ENI, other accounts'. */
export function seedEcs(): EcsState {
  mac = 0;
  const hzH = "cn-hangzhou-h";
  const rows = [
    eni(ENI.hzSource, "video-encoder", VPC.hzApp, VSW.hzAppH, hzH, "10.10.1.11", {
      InstanceId: "i-bp1e5xq2vdwmnn0ugbq1",
      Type: "Primary",
    }),
    eni(ENI.hzMember, "video-viewer-1", VPC.hzApp, VSW.hzAppH, hzH, "10.10.1.12", {
      InstanceId: "i-bp1e5xq2vdwmnn0ugbq2",
      Type: "Primary",
    }),
    eni(ENI.hzFree1, "video-encoder-2", VPC.hzApp, VSW.hzAppH, hzH, "10.10.1.13"),
    eni(ENI.hzFree2, "video-encoder-3", VPC.hzApp, VSW.hzAppH, hzH, "10.10.1.14", { Status: "Available" }),
    eni(ENI.hzFree3, "market-feed", VPC.hzApp, VSW.hzAppH, hzH, "10.10.1.15", { Status: "Available" }),
    eni(ENI.hzIgmp, "igmp-listener", VPC.hzApp, VSW.hzAppH, hzH, "10.10.1.16"),
    eni(
      ENI.hzUnassociated,
      "batch-node (vSwitch not in the domain)",
      VPC.hzApp,
      VSW.hzAppI,
      "cn-hangzhou-i",
      "10.10.2.21",
    ),
    eni(ENI.hzAssociating, "data-node (association pending)", VPC.hzData, VSW.hzDataH, hzH, "10.20.1.31"),
    eni(
      ENI.hzTransitRouter,
      "tr-eni (managed by the transit router)",
      VPC.hzApp,
      VSW.hzAppH,
      hzH,
      "10.10.1.250",
      {
        ServiceManaged: true,
        ManagedBy: "transit-router",
        Description: "Created by the transit router for VPC connection",
      },
    ),
    eni(ENI.hzPartner, "partner-feed", VPC.hzPartner, VSW.hzPartnerH, hzH, "10.30.1.41", {
      OwnerId: ACCOUNTS.partner,
    }),
    eni(ENI.hzVendor, "vendor-feed", VPC.hzVendor, VSW.hzVendorH, hzH, "10.40.1.51", {
      OwnerId: ACCOUNTS.vendor,
    }),
    eni(ENI.shApp, "sh-encoder", VPC.shApp, VSW.shAppE, "cn-shanghai-e", "172.16.1.11"),
    ...ENI_POOL.map((id, i) =>
      eni(id, `render-${i + 1}`, VPC.hzApp, VSW.hzAppH, hzH, `10.10.1.${101 + i}`, { Status: "Available" }),
    ),
    eni(ENI.shDr, "sh-dr-node", VPC.shDr, VSW.shDrF, "cn-shanghai-f", "172.17.1.11", { Status: "Available" }),
  ];
  return { networkInterfaces: Object.fromEntries(rows.map((r) => [r.NetworkInterfaceId, r])) };
}
