import { own, setOwn } from "../../core/own-entries";
import { pageByNumber } from "../../core/paging";
import type { ModelContext } from "../../core/product";
import { bindDomainQuery, bindRelayBody, type BoundRelayBody } from "./live-binding";
import { liveErrors } from "./live-errors";
import type { LiveState, LiveVhost, RelayGroup } from "./live-state";
import { checkApp, requireApp, requireVhost, validateGroups } from "./relay-rules";

/** ListDomainDetail's PageNum and PageSize: 1–1000 each. */
export const DOMAIN_PAGE_MAX = 1000;

export const LIVE_ACCOUNT = {
  overdue: "volc.overdue",
  notActivated: "live.notActivated",
  requestsPerSecond: "live.requestsPerSecond",
} as const;

export const liveAccountDeclarations = {
  flags: {
    [LIVE_ACCOUNT.overdue]: {
      default: false,
      description: "Volcengine account in arrears: billed creates are refused",
    },
    [LIVE_ACCOUNT.notActivated]: {
      default: false,
      description: "Live is not activated: RequestForbidden.BillingStatus",
    },
  },
  quotas: {
    [LIVE_ACCOUNT.requestsPerSecond]: {
      default: 10,
      description: "Live API calls per second per account and action",
    },
  },
};

/** Who calls, and the JSON body as received (after the core merged query and body). */
export interface LiveCall {
  accountId: string;
  action: string;
  body: Record<string, unknown>;
  bodyError?: "malformed-json" | "not-an-object";
}

// Statuses that stop a domain from serving: disabled, suspended for arrears, blocked (no ICP filing).
const BLOCKED = new Set([2, 5, 6]);

/**
 * Volcengine Live relay sources. Synchronous: a change is visible to the next Describe at once. The real service
 * applies it to the edge 3–5 minutes later; the emulator does not model that delay.
 */
export class LiveBackend {
  /** Admitted calls per account+action (ms), last second only. In memory: a restart forgets the window. */
  private readonly recent = new Map<string, number[]>();

  constructor(
    readonly state: LiveState,
    private readonly ctx: ModelContext,
  ) {}

  /** "Add or update": each listed group replaces the stored group of that name or is appended; others stay. */
  update(call: LiveCall): void {
    const body = this.enter(call);
    const vhost = this.ownedVhost(body.Vhost, call.accountId, true);
    const app = requireApp(body.App);
    const groups = validateGroups(body.GroupDetails);
    const apps = own(this.state.relays, vhost.Vhost) ?? setOwn(this.state.relays, vhost.Vhost, {});
    const stored = own(apps, app) ?? setOwn(apps, app, []);
    for (const group of groups) {
      const at = stored.findIndex((g) => g.Group === group.Group);
      if (at === -1) stored.push(group);
      else stored[at] = group;
    }
  }

  describe(call: LiveCall): {
    RelaySourceConfigList: Array<{ Vhost: string; App: string; GroupDetails: RelayGroup[] }>;
  } {
    const body = this.enter(call);
    const vhost = this.ownedVhost(body.Vhost, call.accountId, false);
    if (body.App) checkApp(body.App);
    const apps = own(this.state.relays, vhost.Vhost) ?? {};
    const list = Object.entries(apps)
      .filter(([app]) => !body.App || app === body.App)
      .map(([app, groups]) => ({
        Vhost: vhost.Vhost,
        App: app,
        GroupDetails: structuredClone(groups.filter((g) => !body.Group || g.Group === body.Group)),
      }))
      .filter((config) => config.GroupDetails.length > 0);
    return { RelaySourceConfigList: list };
  }

  /** Deletes one group, or every group of the app when `Group` is omitted. */
  delete(call: LiveCall): void {
    const body = this.enter(call);
    const vhost = this.ownedVhost(body.Vhost, call.accountId, true);
    const app = requireApp(body.App);
    const apps = own(this.state.relays, vhost.Vhost);
    const groups = apps && own(apps, app);
    if (!apps || !groups)
      throw liveErrors.ResourceNotFound(`The relay source config of ${vhost.Vhost}/${app} does not exist.`);
    if (body.Group === undefined || body.Group === "") {
      delete apps[app];
      return;
    }
    const at = groups.findIndex((g) => g.Group === body.Group);
    if (at === -1) throw liveErrors.ResourceNotFound(`The relay group ${body.Group} does not exist.`);
    groups.splice(at, 1);
    if (groups.length === 0) delete apps[app];
  }

  listDomains(call: LiveCall) {
    this.admit(call);
    if (call.bodyError) throw liveErrors["InvalidParam.BindError"]();
    const q = bindDomainQuery(call.body);
    for (const [name, value] of [
      ["PageNum", q.PageNum],
      ["PageSize", q.PageSize],
    ] as const) {
      if (value === undefined || value < 1 || value > DOMAIN_PAGE_MAX)
        throw liveErrors.InvalidParam(`Invalid param: ${name} must be 1 to 1000.`);
    }
    const match = (list: readonly (string | number)[] | undefined, value: string | number) =>
      !list || list.length === 0 || list.includes(value);
    const mine = Object.values(this.state.domains).filter(
      (d) =>
        own(this.state.vhosts, d.Vhost)?.AccountId === call.accountId &&
        d.Status !== 3 &&
        match(q.VhostList, d.Vhost) &&
        match(q.DomainNameList, d.Domain) &&
        match(q.DomainTypeList, d.Type) &&
        match(q.DomainRegionList, d.Region) &&
        match(q.DomainStatusList, d.Status),
    );
    const page = pageByNumber(mine, q.PageNum!, q.PageSize!);
    return { DomainList: structuredClone(page.items), Total: page.totalCount };
  }

  /** Every relay call: throttle, bind the body, then the account's billing status. */
  private enter(call: LiveCall): BoundRelayBody {
    this.admit(call);
    if (call.bodyError) throw liveErrors["InvalidParam.BindError"]();
    const body = bindRelayBody(call.body);
    if (this.ctx.account.flag(LIVE_ACCOUNT.overdue) || this.ctx.account.flag(LIVE_ACCOUNT.notActivated)) {
      throw liveErrors["RequestForbidden.BillingStatus"]();
    }
    return body;
  }

  /**
   * The vhost must exist (`ResourceNotFound`), belong to the caller (`RequestForbidden.AccountIDNotAllow`), and —
   * for changes — still have a serving domain (`RequestForbidden` when all are disabled/suspended/blocked).
   */
  private ownedVhost(name: string | undefined, accountId: string, isChange: boolean): LiveVhost {
    const vhostName = requireVhost(name);
    const vhost = own(this.state.vhosts, vhostName);
    if (!vhost) throw liveErrors.ResourceNotFound(`The vhost ${vhostName} does not exist.`);
    if (vhost.AccountId !== accountId) throw liveErrors["RequestForbidden.AccountIDNotAllow"]();
    const domains = Object.values(this.state.domains).filter((d) => d.Vhost === vhostName && d.Status !== 3);
    if (isChange && domains.length > 0 && domains.every((d) => BLOCKED.has(d.Status))) {
      throw liveErrors.RequestForbidden(
        `The vhost ${vhostName} is disabled: none of its domains is serving.`,
      );
    }
    return vhost;
  }

  /** 10 requests per second per user (seed 004), per action: a sliding one-second window on the model's clock. */
  private admit(call: LiveCall): void {
    const now = this.ctx.clock.now();
    const key = `${call.accountId}\n${call.action}`;
    const window = (this.recent.get(key) ?? []).filter((t) => now - t < 1000);
    if (window.length >= this.ctx.account.quota(LIVE_ACCOUNT.requestsPerSecond)) {
      this.recent.set(key, window);
      throw liveErrors.AccountFlowLimitExceeded();
    }
    window.push(now);
    this.recent.set(key, window);
  }
}
