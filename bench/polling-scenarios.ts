/**
 * The pages the polling bench (bench/polling.bench.ts) watches, each with the operation that keeps one of its
 * resources in flight until the bench releases it.
 */
import type { Page } from "@playwright/test";
import { ENI, MCAST_DOMAIN, RI } from "../lib/emulator/products/aliyun-demo/demo-ids";
import { GA } from "../lib/emulator/products/ga/ga-ids";
import { BJ } from "../lib/emulator/products/volc-vpc/volc-vpc-ids";

/** A page, and an operation that leaves one of its resources in flight until released. */
export interface Scenario {
  name: string;
  url: string;
  /** Clicks needed after loading to show the resource (a picker choice). */
  open?(page: Page): Promise<void>;
  kind: string;
  /** Operation id, region and input of the call that starts the transition. */
  start: { id: string; region: string; input: Record<string, unknown> };
  /** The element whose `data-status` shows the resource (from the call's result for the overview). */
  selector(result: Record<string, unknown>): string;
  inFlight: string;
  /** The settled `data-status`, or null when the element disappears once settled (the overview's list). */
  settled: string | null;
}

/** The traffic-mirror session whose create the overview scenarios hold in flight (priority keeps each unique). */
export const session = (priority: number) => ({
  id: "volcengine.vpc.CreateTrafficMirrorSession",
  region: BJ.region,
  input: {
    NetworkInterfaceId: BJ.enis.web02Primary,
    TrafficMirrorTargetId: BJ.targets.collectorClb,
    TrafficMirrorFilterId: BJ.filters.dns,
    Priority: priority,
  },
});

export const SCENARIOS: Scenario[] = [
  {
    name: "/ (overview)",
    url: "/",
    kind: "mirror-session",
    start: session(7),
    selector: (r) => `tr[data-inflight="${String(r.TrafficMirrorSessionId)}"] [data-status]`,
    inFlight: "Creating",
    settled: null,
  },
  {
    name: "/multicast-sources",
    url: "/multicast-sources",
    open: (page) => page.getByRole("radio", { name: new RegExp(MCAST_DOMAIN.hz) }).check(),
    kind: "multicast-source",
    start: {
      id: "aliyun.cbn.RegisterTransitRouterMulticastGroupSources",
      region: "cn-hangzhou",
      input: {
        TransitRouterMulticastDomainId: MCAST_DOMAIN.hz,
        GroupIpAddress: "239.1.1.9",
        NetworkInterfaceIds: [ENI.hzFree1],
      },
    },
    selector: () => `tr[data-eni="${ENI.hzFree1}"][data-group="239.1.1.9"] [data-status]`,
    inFlight: "Registering",
    settled: "Registered",
  },
  {
    name: "/router-interfaces",
    url: "/router-interfaces?region=cn-hangzhou",
    kind: "router-interface",
    start: {
      id: "aliyun.vpc.ConnectRouterInterface",
      region: "cn-hangzhou",
      input: { RouterInterfaceId: RI.readyInitiator },
    },
    selector: () => `tr[data-ri="${RI.readyInitiator}"] [data-status]`,
    inFlight: "Connecting",
    settled: "Active",
  },
  {
    name: "/mirror-sessions",
    url: "/mirror-sessions?region=cn-beijing",
    kind: "mirror-session",
    start: session(5),
    selector: () => `tr[data-priority="5"] [data-status]`,
    inFlight: "Creating",
    settled: "Active",
  },
  {
    name: "/ga-destinations",
    url: `/ga-destinations?accelerator=${GA.accelerator}&listener=${GA.listeners.custom}&group=${GA.groups.shanghai}`,
    kind: "ga-endpoint-group",
    start: {
      id: "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations",
      region: "cn-hangzhou",
      input: {
        EndpointGroupId: GA.groups.shanghai,
        DestinationConfigurations: [{ Protocols: ["TCP"], FromPort: 8000, ToPort: 8001 }],
      },
    },
    selector: () => `[data-testid="group-state"] [data-status]`,
    inFlight: "updating",
    settled: "active",
  },
];
