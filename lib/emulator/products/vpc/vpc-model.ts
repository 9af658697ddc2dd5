import { aliyunGateway } from "../../core/gateway-errors";
import { pageByNumber, type NumberedPage } from "../../core/paging";
import { own } from "../../core/own-entries";
import type { ModelContext } from "../../core/product";
import { advance } from "../../core/transitions";
import { requireRegion } from "../aliyun-demo/regions";
import { vpcErrors } from "./vpc-errors";
import type { RouterInterfaceRecord, RouterRecord, VpcRecord, VpcState, VSwitchRecord } from "./vpc-state";

export const ROUTER_INTERFACE_KIND = "router-interface";

/** Filter keys of DescribeRouterInterfaces and the record field each one matches (docs/cloud-apis.md §3.2). */
const FILTER_FIELDS: Record<string, (ri: RouterInterfaceRecord, router: RouterRecord | undefined) => string> =
  {
    RouterInterfaceId: (ri) => ri.RouterInterfaceId,
    RouterId: (ri) => ri.RouterId,
    RouterType: (_ri, router) => router?.RouterType ?? "",
    RouterInterfaceOwnerId: (ri) => ri.OwnerId,
    OppositeInterfaceId: (ri) => ri.OppositeInterfaceId,
    OppositeRouterType: (ri) => ri.OppositeRouterType,
    OppositeRouterId: (ri) => ri.OppositeRouterId,
    OppositeInterfaceOwnerId: (ri) => ri.OppositeInterfaceOwnerId,
    Status: (ri) => ri.status,
    Name: (ri) => ri.Name,
  };

export interface RouterInterfaceFilter {
  key: string;
  values: string[];
}

export interface PeerInfoChange {
  Name?: string;
  Description?: string;
  OppositeInterfaceId?: string;
  OppositeRouterId?: string;
  OppositeRouterType?: string;
  OppositeInterfaceOwnerId?: string;
  HealthCheckSourceIp?: string;
  HealthCheckTargetIp?: string;
}

/** Statuses in which an interface still holds a connection to its peer (for "one connection per router pair"). */
const CONNECTION_HOLDING = new Set([
  "Connecting",
  "AcceptingConnecting",
  "Active",
  "Activating",
  "Deactivating",
  "Inactive",
]);

/** The VPC backend: network inventory lookups and every Express Connect router-interface rule. */
export class VpcBackend {
  constructor(
    readonly state: VpcState,
    private readonly ctx: ModelContext,
  ) {}

  // ---- inventory (used by ECS and CEN too) -----------------------------------------------------------------

  vpc(id: string): VpcRecord | undefined {
    return own(this.state.vpcs, id);
  }

  vSwitch(id: string): VSwitchRecord | undefined {
    return own(this.state.vSwitches, id);
  }

  // ---- router interfaces ---------------------------------------------------------------------------------

  describe(
    caller: string,
    regionId: string | undefined,
    filters: RouterInterfaceFilter[],
    pageNumber: number,
    pageSize: number,
  ): NumberedPage<RouterInterfaceRecord> {
    const region = requireRegion(regionId);
    if (filters.length > 5) throw vpcErrors.InvalidParameter("At most 5 filters (Filter.N) are allowed.");
    for (const f of filters) {
      if (!Object.hasOwn(FILTER_FIELDS, f.key))
        throw vpcErrors.InvalidParameter(`The filter key "${f.key}" is not supported.`);
      if (f.values.length === 0 || f.values.length > 5) {
        throw vpcErrors.InvalidParameter(`Filter "${f.key}" needs 1 to 5 values (Filter.N.Value.M).`);
      }
    }
    this.settle(true);
    // Keys are AND-ed, the values of one key OR-ed.
    const matching = Object.values(this.state.routerInterfaces)
      .filter((ri) => ri.OwnerId === caller && ri.RegionId === region)
      .filter((ri) =>
        filters.every((f) =>
          f.values.includes(FILTER_FIELDS[f.key]!(ri, own(this.state.routers, ri.RouterId))),
        ),
      )
      .sort(
        (a, b) =>
          a.CreationTime.localeCompare(b.CreationTime) ||
          a.RouterInterfaceId.localeCompare(b.RouterInterfaceId),
      );
    return pageByNumber(matching, pageNumber, pageSize);
  }

  get(caller: string, regionId: string | undefined, id: string | undefined): RouterInterfaceRecord {
    const region = requireRegion(regionId);
    if (!id) throw vpcErrors["InvalidParam.NotNull"]("The parameter InstanceId must not be null.");
    this.settle(true);
    return this.find(caller, region, id);
  }

  modify(caller: string, regionId: string | undefined, id: string | undefined, change: PeerInfoChange): void {
    const region = requireRegion(regionId);
    if (!id) throw aliyunGateway.missingParameter("RouterInterfaceId");
    this.settle(false);
    const ri = this.find(caller, region, id);
    validateName(change.Name, "Name", 2, 128);
    validateName(change.Description, "Description", 2, 256);
    if (change.OppositeRouterType !== undefined && !["VRouter", "VBR"].includes(change.OppositeRouterType)) {
      throw vpcErrors.InvalidParameter('OppositeRouterType must be "VRouter" or "VBR".');
    }
    if (change.OppositeInterfaceOwnerId !== undefined && !/^\d+$/.test(change.OppositeInterfaceOwnerId)) {
      throw vpcErrors.InvalidParameter("OppositeInterfaceOwnerId must be an account ID.");
    }
    const peerChange = [
      change.OppositeInterfaceId,
      change.OppositeRouterId,
      change.OppositeRouterType,
      change.OppositeInterfaceOwnerId,
    ].some((v) => v !== undefined);
    if (peerChange && ri.status !== "Idle") {
      throw vpcErrors.IncorrectStatus(
        "The opposite interface information can be modified only when the status is Idle.",
      );
    }
    for (const key of Object.keys(change) as (keyof PeerInfoChange)[]) {
      const value = change[key];
      if (value !== undefined) ri[key] = value;
    }
    ri.GmtModified = this.now();
  }

  /** ConnectRouterInterface: every rule of seed 001, in the order a caller would fix them. */
  connect(caller: string, regionId: string | undefined, id: string | undefined): void {
    const region = requireRegion(regionId);
    if (!id) throw aliyunGateway.missingParameter("RouterInterfaceId");
    this.settle(false);
    const ri = this.find(caller, region, id);
    if (ri.Role !== "InitiatingSide") throw vpcErrors["IncorrectRole.NotInitiatingSide"]();
    if (ri.status !== "Idle") throw vpcErrors.IncorrectStatus();
    if (this.ctx.account.flag("aliyun.billsOutstanding")) throw vpcErrors["Forbidden.BillsOutstanding"]();
    if (
      !ri.OppositeInterfaceId ||
      !ri.OppositeRouterId ||
      !ri.OppositeRouterType ||
      !ri.OppositeInterfaceOwnerId
    ) {
      throw vpcErrors["IncorrectOppositeInterfaceInfo.NotSet"]();
    }
    const peer = own(this.state.routerInterfaces, ri.OppositeInterfaceId);
    const peerRouter = peer ? own(this.state.routers, peer.RouterId) : undefined;
    if (
      !peer ||
      !peerRouter ||
      peer.RouterInterfaceId === ri.RouterInterfaceId ||
      peer.RouterId !== ri.OppositeRouterId ||
      peerRouter.RouterType !== ri.OppositeRouterType ||
      peer.OwnerId !== ri.OppositeInterfaceOwnerId ||
      peer.Role !== "AcceptingSide"
    ) {
      throw vpcErrors.IncorrectOppositeInterfaceInfo();
    }
    if (peer.RouterId === ri.RouterId)
      throw vpcErrors.IncorrectOppositeInterfaceInfo("Cannot connect on the same router.");
    if (
      (own(this.state.accountBids, peer.OwnerId) ?? "") !== (own(this.state.accountBids, ri.OwnerId) ?? "")
    ) {
      throw vpcErrors["CROSS_BID.FORBIDDEN"]();
    }
    const myRouter = own(this.state.routers, ri.RouterId);
    if (
      peer.OppositeInterfaceId !== ri.RouterInterfaceId ||
      peer.OppositeRouterId !== ri.RouterId ||
      peer.OppositeRouterType !== (myRouter?.RouterType ?? "") ||
      peer.OppositeInterfaceOwnerId !== ri.OwnerId
    ) {
      throw vpcErrors.RejectedByOppositeInterface();
    }
    if (peer.status !== "Idle") throw vpcErrors.IncorrectStatus("The opposite RouterInterface is not Idle.");
    if (this.routersConnected(ri.RouterId, peer.RouterId)) throw vpcErrors["Forbidden.OnlyOneConnection"]();
    this.startPair(ri, "Connecting", peer, "AcceptingConnecting", "Active");
  }

  deactivate(caller: string, regionId: string | undefined, id: string | undefined): void {
    const region = requireRegion(regionId);
    if (!id) throw aliyunGateway.missingParameter("RouterInterfaceId");
    this.settle(false);
    const ri = this.find(caller, region, id);
    if (ri.status !== "Active")
      throw vpcErrors.IncorrectStatus("Only an Active RouterInterface can be deactivated.");
    const peer = own(this.state.routerInterfaces, ri.OppositeInterfaceId);
    this.startPair(
      ri,
      "Deactivating",
      peer?.status === "Active" ? peer : undefined,
      "Deactivating",
      "Inactive",
    );
  }

  activate(caller: string, regionId: string | undefined, id: string | undefined): void {
    const region = requireRegion(regionId);
    if (!id) throw aliyunGateway.missingParameter("RouterInterfaceId");
    this.settle(false);
    const ri = this.find(caller, region, id);
    if (ri.status !== "Inactive")
      throw vpcErrors.IncorrectStatus("Only an Inactive RouterInterface can be activated.");
    if (this.ctx.account.flag("aliyun.billsOutstanding")) throw vpcErrors["Forbidden.BillsOutstanding"]();
    const peer = own(this.state.routerInterfaces, ri.OppositeInterfaceId);
    this.startPair(ri, "Activating", peer?.status === "Inactive" ? peer : undefined, "Activating", "Active");
  }

  /** Advances every in-flight interface; `isRead` counts one read for manual transitions. */
  settle(isRead: boolean): void {
    let changed = false;
    for (const ri of Object.values(this.state.routerInterfaces)) {
      const before = ri.status;
      const moved = advance(ri, this.ctx.transitions, isRead);
      if (moved === "unchanged") continue;
      changed = true;
      if (ri.status === "Active" && (before === "Connecting" || before === "AcceptingConnecting")) {
        ri.ConnectedTime = this.now();
      }
    }
    if (changed) this.ctx.changed();
  }

  router(id: string): RouterRecord | undefined {
    return own(this.state.routers, id);
  }

  interfaceById(id: string): RouterInterfaceRecord | undefined {
    return own(this.state.routerInterfaces, id);
  }

  private find(caller: string, region: string, id: string): RouterInterfaceRecord {
    const ri = own(this.state.routerInterfaces, id);
    // Router interfaces are regional and private to their owner: anything else reads as "not found".
    if (!ri || ri.OwnerId !== caller || ri.RegionId !== region)
      throw vpcErrors["InvalidRouterInterfaceId.NotFound"]();
    return ri;
  }

  private routersConnected(a: string, b: string): boolean {
    return Object.values(this.state.routerInterfaces).some(
      (ri) =>
        CONNECTION_HOLDING.has(ri.status) &&
        ((ri.RouterId === a && ri.OppositeRouterId === b) ||
          (ri.RouterId === b && ri.OppositeRouterId === a)),
    );
  }

  private startPair(
    ri: RouterInterfaceRecord,
    status: string,
    peer: RouterInterfaceRecord | undefined,
    peerStatus: string,
    target: string,
  ): void {
    const now = this.now();
    ri.status = status;
    ri.pending = this.ctx.transitions.begin(ROUTER_INTERFACE_KIND, target);
    ri.GmtModified = now;
    if (peer) {
      peer.status = peerStatus;
      peer.pending = this.ctx.transitions.begin(ROUTER_INTERFACE_KIND, target);
      peer.GmtModified = now;
    }
    // Immediate mode: the very next look sees the target state.
    this.settle(false);
  }

  private now(): string {
    return new Date(this.ctx.clock.now()).toISOString().slice(0, 19) + "Z";
  }
}

function validateName(value: string | undefined, name: string, min: number, max: number): void {
  if (value === undefined) return;
  if (value.length < min || value.length > max || /^https?:\/\//.test(value)) {
    throw vpcErrors.InvalidParameter(
      `${name} must be ${min} to ${max} characters and must not start with http:// or https://.`,
    );
  }
}
