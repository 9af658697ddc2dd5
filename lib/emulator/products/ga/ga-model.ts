import { aliyunGateway } from "../../core/gateway-errors";
import { own } from "../../core/own-entries";
import type { ModelContext } from "../../core/product";
import { advance } from "../../core/transitions";
import {
  checkOverlaps,
  optionalPort,
  parseConfigurations,
  required,
  type RawConfiguration,
} from "./destination-rules";
import { gaError } from "./ga-errors";
import { paged, parsePage } from "./ga-paging";
import type { GaDestination, GaEndpointGroup, GaState } from "./ga-state";
import { acceleratorView, destinationView, groupView, listenerView } from "./ga-views";
import { derivePortMappings } from "./port-mappings";

export const GROUP_KIND = "ga-endpoint-group";

export interface PageRequest {
  PageNumber?: string;
  PageSize?: string;
}

export interface DestinationFilter extends PageRequest {
  AcceleratorId?: string;
  ListenerId?: string;
  EndpointGroupId?: string;
  FromPort?: string;
  ToPort?: string;
  Protocols: string[];
}

/**
 * GA custom routing. A destination change puts the group in `updating` and the instance in `configuring` until the
 * group's transition completes (then the destinations settle too): the same group answers
 * `StateError.EndPointGroup`, another group of the same instance `StateError.Accelerator` — GA's "no concurrent
 * changes within one instance" (seed 003).
 */
export class GaBackend {
  constructor(
    readonly state: GaState,
    private readonly ctx: ModelContext,
  ) {}

  createDestinations(req: {
    RegionId?: string;
    EndpointGroupId?: string;
    configurations: RawConfiguration[];
    DryRun?: boolean;
  }) {
    this.tick(false);
    required(req.RegionId, "RegionId");
    const groupId = required(req.EndpointGroupId, "EndpointGroupId");
    const configs = parseConfigurations(req.configurations);
    const group = this.changeableGroup(groupId);
    checkOverlaps(configs, this.destinationsOf(group.EndpointGroupId));
    if (req.DryRun) throw aliyunGateway.dryRun();
    const now = this.ctx.clock.now();
    const ids = configs.map((config) => {
      const destination: GaDestination = {
        DestinationId: this.ctx.newId("dst-", 20),
        AcceleratorId: group.AcceleratorId,
        ListenerId: group.ListenerId,
        EndpointGroupId: group.EndpointGroupId,
        ...config,
        status: "init",
        CreateTime: now,
      };
      this.state.destinations[destination.DestinationId] = destination;
      return destination.DestinationId;
    });
    this.beginUpdate(group);
    return { DestinationIds: ids };
  }

  deleteDestinations(req: {
    RegionId?: string;
    EndpointGroupId?: string;
    DestinationIds: string[];
    DryRun?: boolean;
  }) {
    this.tick(false);
    required(req.RegionId, "RegionId");
    const groupId = required(req.EndpointGroupId, "EndpointGroupId");
    if (req.DestinationIds.length === 0) throw aliyunGateway.missingParameter("DestinationIds");
    const group = this.changeableGroup(groupId);
    const doomed = req.DestinationIds.map((id) => {
      const destination = own(this.state.destinations, id);
      if (
        !destination ||
        destination.EndpointGroupId !== group.EndpointGroupId ||
        destination.status === "deleting"
      ) {
        throw gaError("NotExist.Destination", id);
      }
      return destination;
    });
    if (req.DryRun) throw aliyunGateway.dryRun();
    for (const destination of doomed) destination.status = "deleting";
    this.beginUpdate(group);
    return {};
  }

  describeEndpointGroup(req: { RegionId?: string; EndpointGroupId?: string }) {
    this.tick(true);
    required(req.RegionId, "RegionId");
    const id = required(req.EndpointGroupId, "EndpointGroupId");
    const group = own(this.state.endpointGroups, id);
    if (!group) throw gaError("NotExist.EndPointGroup", id);
    return groupView(group);
  }

  describeDestination(req: { RegionId?: string; DestinationId?: string }) {
    this.tick(true);
    required(req.RegionId, "RegionId");
    const id = required(req.DestinationId, "DestinationId");
    const destination = own(this.state.destinations, id);
    if (!destination) throw gaError("NotExist.Destination", id);
    return { ...destinationView(destination), State: destination.status };
  }

  listAccelerators(req: PageRequest & { RegionId?: string; AcceleratorId?: string; State?: string }) {
    this.tick(true);
    required(req.RegionId, "RegionId");
    const items = Object.values(this.state.accelerators).filter(
      (a) =>
        (!req.AcceleratorId || a.AcceleratorId === req.AcceleratorId) &&
        (!req.State || a.status === req.State),
    );
    const { items: page, ...paging } = paged(items, parsePage(req.PageNumber, req.PageSize));
    return { Accelerators: page.map(acceleratorView), ...paging };
  }

  listListeners(req: PageRequest & { RegionId?: string; AcceleratorId?: string; Protocol?: string }) {
    const acceleratorId = this.knownAccelerator(req);
    const items = Object.values(this.state.listeners).filter(
      (l) => l.AcceleratorId === acceleratorId && (!req.Protocol || l.Protocol === req.Protocol),
    );
    const { items: page, ...paging } = paged(items, parsePage(req.PageNumber, req.PageSize));
    return { Listeners: page.map(listenerView), ...paging };
  }

  listEndpointGroups(
    req: PageRequest & {
      RegionId?: string;
      AcceleratorId?: string;
      ListenerId?: string;
      EndpointGroupId?: string;
    },
  ) {
    const acceleratorId = this.knownAccelerator(req);
    const items = Object.values(this.state.endpointGroups).filter(
      (g) =>
        g.AcceleratorId === acceleratorId &&
        (!req.ListenerId || g.ListenerId === req.ListenerId) &&
        (!req.EndpointGroupId || g.EndpointGroupId === req.EndpointGroupId),
    );
    const { items: page, ...paging } = paged(items, parsePage(req.PageNumber, req.PageSize));
    return { EndpointGroups: page.map(groupView), ...paging };
  }

  listDestinations(req: DestinationFilter & { RegionId?: string }) {
    const acceleratorId = this.knownAccelerator(req);
    if (req.Protocols.length > 10) throw gaError("InvalidParameter.Protocols");
    const from = optionalPort(req.FromPort);
    const to = optionalPort(req.ToPort);
    const items = Object.values(this.state.destinations).filter(
      (d) =>
        d.AcceleratorId === acceleratorId &&
        (!req.ListenerId || d.ListenerId === req.ListenerId) &&
        (!req.EndpointGroupId || d.EndpointGroupId === req.EndpointGroupId) &&
        (from === undefined || d.ToPort >= from) &&
        (to === undefined || d.FromPort <= to) &&
        (req.Protocols.length === 0 || d.Protocols.some((p) => req.Protocols.includes(p))),
    );
    const { items: page, ...paging } = paged(items, parsePage(req.PageNumber, req.PageSize));
    return { Destinations: page.map(destinationView), ...paging };
  }

  listPortMappings(
    req: PageRequest & {
      RegionId?: string;
      AcceleratorId?: string;
      ListenerId?: string;
      EndpointGroupIds: string[];
    },
  ) {
    const acceleratorId = this.knownAccelerator(req);
    const page = parsePage(req.PageNumber, req.PageSize);
    const listeners = Object.values(this.state.listeners).filter(
      (l) =>
        l.AcceleratorId === acceleratorId &&
        l.Type === "CustomRouting" &&
        (!req.ListenerId || l.ListenerId === req.ListenerId),
    );
    const groups = Object.values(this.state.endpointGroups);
    const destinations = Object.values(this.state.destinations);
    // Streamed rather than sliced with core/paging: the derived table can be huge, only the asked page is kept.
    const start = (page.PageNumber - 1) * page.PageSize;
    const rows = [];
    let total = 0;
    for (const listener of listeners) {
      const mine = groups.filter((g) => g.ListenerId === listener.ListenerId);
      for (const row of derivePortMappings(listener, mine, destinations)) {
        if (req.EndpointGroupIds.length > 0 && !req.EndpointGroupIds.includes(row.EndpointGroupId)) continue;
        if (total >= start && rows.length < page.PageSize) rows.push(row);
        total += 1;
      }
    }
    return { PortMappings: rows, ...page, TotalCount: total };
  }

  /** Completes due transitions without counting a read. */
  settle(): void {
    this.tick(false);
  }

  /** Existence then state, in GA's order: the group, its state, the instance, the listener. */
  private changeableGroup(id: string): GaEndpointGroup {
    const group = own(this.state.endpointGroups, id);
    if (!group) throw gaError("NotExist.EndPointGroup", id);
    if (group.status !== "active") throw gaError("StateError.EndPointGroup", group.status);
    const accelerator = own(this.state.accelerators, group.AcceleratorId);
    if (accelerator && accelerator.status !== "active")
      throw gaError("StateError.Accelerator", accelerator.status);
    const listener = own(this.state.listeners, group.ListenerId);
    if (listener && listener.status !== "active") throw gaError("NotActive.Listener");
    return group;
  }

  private beginUpdate(group: GaEndpointGroup): void {
    group.status = "updating";
    group.pending = this.ctx.transitions.begin(GROUP_KIND, "active");
    const accelerator = own(this.state.accelerators, group.AcceleratorId);
    if (accelerator) accelerator.status = "configuring";
  }

  private destinationsOf(groupId: string): GaDestination[] {
    return Object.values(this.state.destinations).filter((d) => d.EndpointGroupId === groupId);
  }

  private knownAccelerator(req: { RegionId?: string; AcceleratorId?: string }): string {
    this.tick(true);
    required(req.RegionId, "RegionId");
    const id = required(req.AcceleratorId, "AcceleratorId");
    if (!own(this.state.accelerators, id)) throw gaError("NotExist.Accelerator");
    return id;
  }

  /** Advances listeners and groups; a group that settles settles its destinations and frees its instance. */
  private tick(isRead: boolean): void {
    let changed = false;
    for (const listener of Object.values(this.state.listeners)) {
      if (advance(listener, this.ctx.transitions, isRead) !== "unchanged") changed = true;
    }
    for (const group of Object.values(this.state.endpointGroups)) {
      const wasPending = group.pending !== undefined;
      if (advance(group, this.ctx.transitions, isRead) !== "unchanged") changed = true;
      if (wasPending && group.pending === undefined) this.finishUpdate(group);
    }
    if (changed) this.ctx.changed();
  }

  private finishUpdate(group: GaEndpointGroup): void {
    for (const destination of this.destinationsOf(group.EndpointGroupId)) {
      if (destination.status === "deleting") delete this.state.destinations[destination.DestinationId];
      else destination.status = "active";
    }
    const stillBusy = Object.values(this.state.endpointGroups).some(
      (g) => g.AcceleratorId === group.AcceleratorId && g.pending,
    );
    const accelerator = own(this.state.accelerators, group.AcceleratorId);
    if (accelerator && !stillBusy) accelerator.status = "active";
  }
}
