import {
  isComplete,
  isRecord,
  NOTHING_COVERED,
  strings,
  text,
  type Observation,
  type Tracker,
} from "./tracker";

const MINUTE = 60_000;
const REGION_FREE = "cn-hangzhou";

/** CEN multicast sources (apis.md §2): Registering → Registered; a deregistered source disappears. */
const multicastSource: Tracker = (() => {
  const LIST = "aliyun.cbn.ListTransitRouterMulticastGroups";
  const key = (domain: string, group: string, eni: string) => `${domain}|${group}|${eni}`;
  const plan = (expected: string) => (input: Record<string, unknown>) => {
    const domain = text(input.TransitRouterMulticastDomainId);
    const group = text(input.GroupIpAddress);
    const enis = strings(input.NetworkInterfaceIds);
    if (!domain || !group || enis.length === 0) return null;
    return {
      resources: enis.map((eni) => key(domain, group, eni)),
      expected,
      read: {
        operationId: LIST,
        region: REGION_FREE,
        input: { TransitRouterMulticastDomainId: domain, GroupIpAddress: group, NetworkInterfaceIds: enis },
      },
    };
  };
  return {
    name: "multicastSource",
    lifecycle: "multicastSource",
    limitMs: 10 * MINUTE,
    opens: {
      "aliyun.cbn.RegisterTransitRouterMulticastGroupSources": plan("Registered"),
      "aliyun.cbn.DeregisterTransitRouterMulticastGroupSources": plan("gone"),
    },
    observes: {
      [LIST]: (input, result): Observation => {
        const statuses = new Map<string, string>();
        const items =
          isRecord(result) && Array.isArray(result.TransitRouterMulticastGroups)
            ? result.TransitRouterMulticastGroups
            : [];
        for (const item of items) {
          if (!isRecord(item) || item.GroupSource !== true) continue;
          const [d, g, e, s] = [
            item.TransitRouterMulticastDomainId,
            item.GroupIpAddress,
            item.NetworkInterfaceId,
            item.Status,
          ];
          if (
            typeof d === "string" &&
            typeof g === "string" &&
            typeof e === "string" &&
            typeof s === "string"
          )
            statuses.set(key(d, g, e), s);
        }
        const domain = text(input.TransitRouterMulticastDomainId);
        const group = text(input.GroupIpAddress);
        const enis = new Set(strings(input.NetworkInterfaceIds));
        // Only a complete read that can list sources says that a source it does not list is gone.
        const complete =
          isComplete(input, result) && input.IsGroupSource !== false && input.IsGroupMember !== true;
        return {
          statuses,
          covers: (resource) => {
            if (!complete || !domain) return false;
            const [d, g, e] = resource.split("|");
            return d === domain && (!group || g === group) && (enis.size === 0 || enis.has(e!));
          },
        };
      },
    },
  };
})();

/** Express Connect router interfaces (apis.md §3): Connecting/Activating → Active, Deactivating → Inactive. */
const routerInterface: Tracker = (() => {
  const ATTRIBUTE = "aliyun.vpc.DescribeRouterInterfaceAttribute";
  const plan = (expected: string) => (input: Record<string, unknown>, _result: unknown, region: string) => {
    const id = text(input.RouterInterfaceId);
    if (!id) return null;
    return { resources: [id], expected, read: { operationId: ATTRIBUTE, region, input: { InstanceId: id } } };
  };
  return {
    name: "routerInterface",
    lifecycle: "routerInterface",
    limitMs: 10 * MINUTE,
    opens: {
      "aliyun.vpc.ConnectRouterInterface": plan("Active"),
      "aliyun.vpc.ActivateRouterInterface": plan("Active"),
      "aliyun.vpc.DeactivateRouterInterface": plan("Inactive"),
    },
    observes: {
      [ATTRIBUTE]: (input, result) => {
        const statuses = new Map<string, string>();
        const id = text(input.InstanceId);
        if (id && isRecord(result) && typeof result.Status === "string") statuses.set(id, result.Status);
        return { statuses, covers: NOTHING_COVERED };
      },
      "aliyun.vpc.DescribeRouterInterfaces": (_input, result) => {
        const statuses = new Map<string, string>();
        const set =
          isRecord(result) && isRecord(result.RouterInterfaceSet)
            ? result.RouterInterfaceSet.RouterInterfaceType
            : [];
        for (const item of Array.isArray(set) ? set : [])
          if (isRecord(item) && typeof item.RouterInterfaceId === "string" && typeof item.Status === "string")
            statuses.set(item.RouterInterfaceId, item.Status);
        return { statuses, covers: NOTHING_COVERED };
      },
    },
  };
})();

/** Volcengine traffic-mirror sessions (apis.md §6): Creating → Active (or Failed); a deleted one disappears. */
const mirrorSession: Tracker = (() => {
  const DESCRIBE = "volcengine.vpc.DescribeTrafficMirrorSessions";
  const plan = (expected: string, id: string | undefined, region: string) =>
    id
      ? {
          resources: [id],
          expected,
          read: { operationId: DESCRIBE, region, input: { TrafficMirrorSessionIds: [id] } },
        }
      : null;
  return {
    name: "mirrorSession",
    lifecycle: "mirrorSession",
    limitMs: 10 * MINUTE,
    opens: {
      "volcengine.vpc.CreateTrafficMirrorSession": (_input, result, region) =>
        plan("Active", isRecord(result) ? text(result.TrafficMirrorSessionId) : undefined, region),
      "volcengine.vpc.DeleteTrafficMirrorSession": (input, _result, region) =>
        plan("gone", text(input.TrafficMirrorSessionId), region),
    },
    observes: {
      [DESCRIBE]: (input, result) => {
        const statuses = new Map<string, string>();
        const items =
          isRecord(result) && Array.isArray(result.TrafficMirrorSessions) ? result.TrafficMirrorSessions : [];
        for (const item of items)
          if (
            isRecord(item) &&
            typeof item.TrafficMirrorSessionId === "string" &&
            typeof item.Status === "string"
          )
            statuses.set(item.TrafficMirrorSessionId, item.Status);
        const ids = new Set(strings(input.TrafficMirrorSessionIds));
        // Complete and filtered by nothing but ids (or by nothing at all): a session it does not list is gone.
        const narrowed = Object.keys(input).some(
          (k) =>
            !["TrafficMirrorSessionIds", "MaxResults", "NextToken"].includes(k) && input[k] !== undefined,
        );
        const complete = isComplete(input, result) && !narrowed;
        return { statuses, covers: (id) => complete && (ids.size === 0 || ids.has(id)) };
      },
    },
  };
})();

/** GA custom-routing endpoint groups (apis.md §4.2): a destination change puts the group `updating` → `active`. */
const gaEndpointGroup: Tracker = (() => {
  const DESCRIBE = "aliyun.ga.DescribeCustomRoutingEndpointGroup";
  const plan = (input: Record<string, unknown>, _result: unknown, region: string) => {
    const id = text(input.EndpointGroupId);
    if (!id) return null;
    return {
      resources: [id],
      expected: "active",
      read: { operationId: DESCRIBE, region, input: { EndpointGroupId: id } },
    };
  };
  return {
    name: "gaEndpointGroup",
    lifecycle: "gaState",
    limitMs: 10 * MINUTE,
    opens: {
      "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations": plan,
      "aliyun.ga.DeleteCustomRoutingEndpointGroupDestinations": plan,
    },
    observes: {
      [DESCRIBE]: (input, result) => {
        const statuses = new Map<string, string>();
        const id = text(input.EndpointGroupId);
        if (id && isRecord(result) && typeof result.State === "string") statuses.set(id, result.State);
        return { statuses, covers: NOTHING_COVERED };
      },
    },
  };
})();

/** Every kind the operation history follows. Live's relay configuration is synchronous: nothing to follow. */
export const TRACKERS: readonly Tracker[] = [
  multicastSource,
  routerInterface,
  mirrorSession,
  gaEndpointGroup,
];

export function trackerByName(name: string): Tracker | undefined {
  return TRACKERS.find((t) => t.name === name);
}

export function trackerOpening(operationId: string): Tracker | undefined {
  return TRACKERS.find((t) => operationId in t.opens);
}

/** The status reads whose answers the history looks at (the browser's polls and the watcher's reads). */
export const OBSERVED_READS = new Set(TRACKERS.flatMap((t) => Object.keys(t.observes)));
