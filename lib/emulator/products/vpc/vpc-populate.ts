import type { ModelContext } from "../../core/product";
import { ACCOUNTS } from "../aliyun-demo/demo-ids";
import type { VpcBackend } from "./vpc-model";
import type { RouterInterfaceRecord } from "./vpc-state";

/**
 * `POST /_emulator/populate {"kind":"router-interface"}`: adds `count` unconnected initiating interfaces (Idle, no
 * peer) of the demo account to one region, on the region's first router — a large fleet for list tests.
 */
export function populateRouterInterfaces(vpc: VpcBackend, ctx: ModelContext, region: string, count: number) {
  const router =
    Object.values(vpc.state.routers).find((r) => r.RegionId === region && r.OwnerId === ACCOUNTS.demo)
      ?.RouterId ?? "vrt-populated";
  const at = new Date(ctx.clock.now()).toISOString().slice(0, 19) + "Z";
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = ctx.newId("ri-", 22);
    const record: RouterInterfaceRecord = {
      RouterInterfaceId: id,
      Name: `load-${String(i + 1).padStart(5, "0")}`,
      Description: "",
      Role: "InitiatingSide",
      RouterId: router,
      RegionId: region,
      OwnerId: ACCOUNTS.demo,
      Spec: "Large.1",
      ChargeType: "AfterPay",
      BusinessStatus: "Normal",
      status: "Idle",
      CreationTime: at,
      ConnectedTime: "",
      GmtModified: at,
      OppositeInterfaceId: "",
      OppositeRouterId: "",
      OppositeRouterType: "",
      OppositeInterfaceOwnerId: "",
      HealthCheckSourceIp: "",
      HealthCheckTargetIp: "",
      HcRate: 0,
      HcThreshold: 0,
      CrossBorder: false,
      ResourceGroupId: "rg-acfmxazb4ph6aiy",
      Tags: [],
    };
    vpc.state.routerInterfaces[id] = record;
    ids.push(id);
  }
  return ids;
}
