import { own } from "../../core/own-entries";
import type { ModelContext } from "../../core/product";
import { advance } from "../../core/transitions";
import {
  PACKET_LENGTH,
  PRIORITY,
  VNI,
  parseIntIn,
  validateClientToken,
  validateDescription,
  validateName,
  validateTags,
  volcTime,
  type RawTag,
} from "./mirror-session-rules";
import { pageByToken } from "../../core/paging";
import { parseMaxResults, volcTokens } from "./volc-paging";
import { vpcErrors, vpcMessages } from "./volc-vpc-errors";
import {
  listEnis,
  listFilters,
  listTargets,
  type EniQuery,
  type PickerQuery,
  type TagFilter,
} from "./volc-vpc-listing";
import { ACCOUNT, QUOTA, checkSessionQuotas, checkSource, checkTarget } from "./mirror-session-checks";
import type { MirrorSession, RegionState, VolcVpcState } from "./volc-vpc-state";
import { sessionView } from "./volc-vpc-views";

export const SESSION_KIND = "mirror-session";

export interface CreateSessionRequest {
  region: string;
  NetworkInterfaceId?: string;
  TrafficMirrorTargetId?: string;
  TrafficMirrorFilterId?: string;
  Priority?: string;
  VirtualNetworkId?: string;
  PacketLength?: string;
  TrafficMirrorSessionName?: string;
  Description?: string;
  ProjectName?: string;
  Tags: RawTag[];
  ClientToken?: string;
}

export interface SessionQuery extends PickerQuery {
  NetworkInterfaceId?: string;
  TrafficMirrorTargetId?: string;
  TrafficMirrorFilterId?: string;
  VirtualNetworkId?: string;
  PacketLength?: string;
  Priority?: string;
}

/** Volcengine VPC traffic mirroring: every rule of seed 002, the session lifecycle and the pickers. */
export class VolcVpcBackend {
  constructor(
    readonly state: VolcVpcState,
    private readonly ctx: ModelContext,
  ) {
    // Worlds saved before the core's ClientToken memory served this product kept a `tokens` map here.
    delete (state as { tokens?: unknown }).tokens;
  }

  /** Same ClientToken + same parameters is answered by the core's memory before this runs (see checkRepeat). */
  createSession(req: CreateSessionRequest): { TrafficMirrorSessionId: string } {
    validateClientToken(req.ClientToken);
    const region = this.region(req.region);
    this.tick(region, false);
    const eniId = required(req.NetworkInterfaceId, "NetworkInterfaceId");
    const targetId = required(req.TrafficMirrorTargetId, "TrafficMirrorTargetId");
    const filterId = required(req.TrafficMirrorFilterId, "TrafficMirrorFilterId");
    const priority = parseIntIn(
      required(req.Priority, "Priority"),
      PRIORITY,
      vpcErrors["InvalidPriority.Malformed"],
    )!;
    const vni = parseIntIn(req.VirtualNetworkId, VNI, vpcErrors["InvalidVirtualNetworkId.Malformed"]);
    const packetLength = parseIntIn(
      req.PacketLength,
      PACKET_LENGTH,
      vpcErrors["InvalidPacketLength.Malformed"],
    );
    const name = validateName(req.TrafficMirrorSessionName);
    const description = validateDescription(req.Description);
    const tags = validateTags(req.Tags);
    const project = req.ProjectName ?? "default";
    if (!this.state.projects.includes(project)) throw vpcErrors["InvalidProject.NotFound"]();
    this.checkAccount();

    checkSource(region, eniId);
    const filter = own(region.filters, filterId);
    if (!filter) throw vpcErrors["InvalidTrafficMirrorFilter.NotFound"]();
    if (filter.Status !== "Available") throw vpcErrors["InvalidTrafficMirrorFilter.InvalidStatus"]();
    checkTarget(region, targetId, eniId);
    const live = Object.values(region.sessions);
    if (live.some((s) => s.Priority === priority))
      throw vpcErrors["InvalidTrafficMirrorSessionPriority.Conflict"]();
    checkSessionQuotas(live, { eniId, targetId, filterId }, (name) => this.ctx.account.quota(name));
    if (this.ctx.account.flag(ACCOUNT.orderFails)) throw vpcErrors.OrderError();

    const now = this.ctx.clock.now();
    const session: MirrorSession = {
      TrafficMirrorSessionId: this.ctx.newId("tms-", 25),
      TrafficMirrorSessionName: name,
      Description: description,
      TrafficMirrorSourceIds: [eniId],
      TrafficMirrorTargetId: targetId,
      TrafficMirrorFilterId: filterId,
      Priority: priority,
      VirtualNetworkId: vni ?? lowestFreeVni(live),
      PacketLength: packetLength ?? PACKET_LENGTH.default,
      status: "Creating",
      pending: this.ctx.transitions.begin(SESSION_KIND, "Active"),
      BusinessStatus: "Normal",
      LockReason: "",
      ProjectName: project,
      Tags: tags,
      CreatedAt: volcTime(now),
      UpdatedAt: volcTime(now),
    };
    region.sessions[session.TrafficMirrorSessionId] = session;
    return { TrafficMirrorSessionId: session.TrafficMirrorSessionId };
  }

  deleteSession(regionName: string, id: string | undefined): void {
    const region = this.region(regionName);
    this.tick(region, false);
    const session = own(region.sessions, required(id, "TrafficMirrorSessionId"));
    if (!session) throw vpcErrors["InvalidTrafficMirrorSession.NotFound"]();
    if (session.status !== "Active" && session.status !== "Failed")
      throw vpcErrors["InvalidTrafficMirrorSession.InvalidStatus"]();
    session.status = "Deleting";
    session.UpdatedAt = volcTime(this.ctx.clock.now());
    session.pending = this.ctx.transitions.begin(SESSION_KIND, null);
  }

  describeSessions(regionName: string, q: SessionQuery) {
    const region = this.region(regionName);
    this.tick(region, true);
    const num = (raw: string | undefined, name: string) => {
      if (raw !== undefined && !/^\d{1,10}$/.test(raw))
        throw vpcErrors.InvalidParameter(`The specified parameter ${name} is invalid.`);
      return raw === undefined ? undefined : Number(raw);
    };
    const [vni, length, priority] = [
      num(q.VirtualNetworkId, "VirtualNetworkId"),
      num(q.PacketLength, "PacketLength"),
      num(q.Priority, "Priority"),
    ];
    const items = Object.values(region.sessions).filter(
      (s) =>
        (q.ids.length === 0 || q.ids.includes(s.TrafficMirrorSessionId)) &&
        (q.names.length === 0 || q.names.includes(s.TrafficMirrorSessionName)) &&
        (q.NetworkInterfaceId === undefined || s.TrafficMirrorSourceIds.includes(q.NetworkInterfaceId)) &&
        (q.TrafficMirrorTargetId === undefined || s.TrafficMirrorTargetId === q.TrafficMirrorTargetId) &&
        (q.TrafficMirrorFilterId === undefined || s.TrafficMirrorFilterId === q.TrafficMirrorFilterId) &&
        (vni === undefined || s.VirtualNetworkId === vni) &&
        (length === undefined || s.PacketLength === length) &&
        (priority === undefined || s.Priority === priority) &&
        (q.ProjectName === undefined || s.ProjectName === q.ProjectName) &&
        q.tagFilters.every((f: TagFilter) =>
          s.Tags.some((t) => t.Key === f.key && (f.values.length === 0 || f.values.includes(t.Value))),
        ),
    );
    const page = pageByToken(items, parseMaxResults(q.MaxResults), q.NextToken, volcTokens);
    return { TrafficMirrorSessions: page.items.map(sessionView), NextToken: page.nextToken };
  }

  describeFilters(regionName: string, q: PickerQuery) {
    return listFilters(this.region(regionName), q);
  }

  describeTargets(regionName: string, q: PickerQuery) {
    return listTargets(this.region(regionName), q);
  }

  describeNetworkInterfaces(regionName: string, q: EniQuery) {
    return listEnis(this.region(regionName), q);
  }

  /** Completes due transitions without counting a read (control plane state dump). */
  settle(): void {
    for (const region of Object.values(this.state.regions)) this.tick(region, false);
  }

  /**
   * A repeat of an accepted CreateTrafficMirrorSession (same ClientToken, same parameters): while its session is
   * still `Creating` and the first request is younger than the processing window, the first request's workflow
   * still holds the token — Volcengine answers 412. Otherwise the core replays the first answer.
   */
  checkRepeat(regionName: string, sessionId: string, acceptedAt: number): void {
    const region = this.region(regionName);
    this.tick(region, false);
    const window = this.ctx.account.quota(QUOTA.processingWindowMs);
    if (
      own(region.sessions, sessionId)?.status === "Creating" &&
      this.ctx.clock.now() - acceptedAt < window
    ) {
      throw vpcErrors.IdempotentProcessing();
    }
  }

  /** An unknown region answers like an empty one; nothing is stored for it. */
  private region(name: string): RegionState {
    return (
      own(this.state.regions, name) ?? {
        instances: {},
        clbs: {},
        enis: {},
        filters: {},
        targets: {},
        sessions: {},
      }
    );
  }

  private tick(region: RegionState, isRead: boolean): void {
    let changed = false;
    for (const [id, session] of Object.entries(region.sessions)) {
      const moved = advance(session, this.ctx.transitions, isRead);
      if (moved === "gone") delete region.sessions[id];
      if (moved !== "unchanged") {
        changed = true;
        if (moved === "moved") session.UpdatedAt = volcTime(this.ctx.clock.now());
      }
    }
    if (changed) this.ctx.changed();
  }

  private checkAccount(): void {
    const flag = (name: string) => this.ctx.account.flag(name);
    if (flag(ACCOUNT.overdue)) throw vpcErrors.UnsupportedOperation();
    if (flag(ACCOUNT.balanceBelow100)) {
      throw vpcErrors.UnsupportedOperation(vpcMessages.lowBalance);
    }
    if (flag(ACCOUNT.purchaseLimited)) throw vpcErrors["Forbidden.PurchaseLimited"]();
  }
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === "") {
    throw vpcErrors.MissingParameter(`The required parameter ${name} is not supplied.`);
  }
  return value.trim();
}

/** Omitted VNI: the service picks one (Terraform marks it Computed); we take the lowest unused in the region. */
function lowestFreeVni(sessions: readonly MirrorSession[]): number {
  const used = new Set(sessions.map((s) => s.VirtualNetworkId));
  let vni = VNI.min;
  while (used.has(vni)) vni += 1;
  return vni;
}
