import "server-only";
import { recentActivity } from "@/lib/activity/activity-log";
import { callOperation } from "@/lib/cloud/call-operation";
import { CloudError } from "@/lib/cloud/cloud-error";
import { listTransitRouterMulticastDomains } from "@/lib/operations/cbn/list-transit-router-multicast-domains";
import { listTransitRouterMulticastGroups } from "@/lib/operations/cbn/list-transit-router-multicast-groups";
import { listAccelerators } from "@/lib/operations/ga/list-accelerators";
import { listCustomRoutingEndpointGroups } from "@/lib/operations/ga/list-custom-routing-endpoint-groups";
import { describeRelaySourceV3 } from "@/lib/operations/live/describe-relay-source-v3";
import { listDomainDetail } from "@/lib/operations/live/list-domain-detail";
import { describeTrafficMirrorSessions } from "@/lib/operations/volc-vpc/describe-traffic-mirror-sessions";
import { describeRouterInterfaces } from "@/lib/operations/vpc/describe-router-interfaces";
import { REGIONS } from "@/lib/regions";
import { isSettled, type LifecycleName } from "@/lib/status/lifecycles";
import type { InFlight, KindSummary, Overview } from "./overview-types";

/** The overview reads the regions where operators work first (the emulator's demo world lives there). */
const ALIYUN_REGIONS = REGIONS.aliyun.slice(0, 2);
const VOLC_REGIONS = REGIONS.volcengine.slice(0, 2);

interface Item {
  id: string;
  status: string;
  region: string;
  parent?: string;
}

async function summarize(
  base: Omit<KindSummary, "counts" | "inFlight" | "unreadable">,
  regions: readonly string[],
  read: (region: string) => Promise<Item[]>,
): Promise<KindSummary> {
  const summary: KindSummary = { ...base, counts: {}, inFlight: [], unreadable: [] };
  const results = await Promise.allSettled(regions.map(read));
  results.forEach((result, i) => {
    if (result.status === "rejected") {
      const error = result.reason;
      if (!(error instanceof CloudError)) throw error;
      summary.unreadable.push({ region: regions[i]!, code: error.code, requestId: error.requestId });
      return;
    }
    for (const item of result.value) {
      summary.counts[item.status] = (summary.counts[item.status] ?? 0) + 1;
      if (base.lifecycle && !isSettled(base.lifecycle as LifecycleName, item.status))
        summary.inFlight.push(item as InFlight);
    }
  });
  return summary;
}

const call = callOperation;

async function multicastSources(region: string): Promise<Item[]> {
  const domains = (await call(listTransitRouterMulticastDomains, { MaxResults: 100 }, { region })).result;
  const perDomain = await Promise.all(
    domains.TransitRouterMulticastDomains.map(async (d) => {
      const groups = (
        await call(
          listTransitRouterMulticastGroups,
          {
            TransitRouterMulticastDomainId: d.TransitRouterMulticastDomainId,
            IsGroupSource: true,
            MaxResults: 100,
          },
          { region },
        )
      ).result;
      return groups.TransitRouterMulticastGroups.map((g) => ({
        id: `${g.GroupIpAddress} ${g.NetworkInterfaceId}`,
        status: g.Status,
        region,
        parent: d.TransitRouterMulticastDomainId,
      }));
    }),
  );
  return perDomain.flat();
}

async function routerInterfaces(region: string): Promise<Item[]> {
  const page = (await call(describeRouterInterfaces, { PageSize: 50 }, { region })).result;
  return page.RouterInterfaceSet.RouterInterfaceType.map((ri) => ({
    id: ri.RouterInterfaceId,
    status: ri.Status,
    region,
  }));
}

async function mirrorSessions(region: string): Promise<Item[]> {
  const page = (await call(describeTrafficMirrorSessions, { MaxResults: 100 }, { region })).result;
  return page.TrafficMirrorSessions.map((s) => ({ id: s.TrafficMirrorSessionId, status: s.Status, region }));
}

async function gaGroups(region: string): Promise<Item[]> {
  const accelerators = (await call(listAccelerators, { PageSize: 50 }, { region })).result;
  const perAccelerator = await Promise.all(
    accelerators.Accelerators.map(async (a) => {
      const groups = (
        await call(
          listCustomRoutingEndpointGroups,
          { AcceleratorId: a.AcceleratorId, PageSize: 50 },
          { region },
        )
      ).result;
      return groups.EndpointGroups.map((g) => ({
        id: g.EndpointGroupId,
        status: g.State,
        region,
        parent: a.AcceleratorId,
      }));
    }),
  );
  return perAccelerator.flat();
}

async function relaySources(region: string): Promise<Item[]> {
  const domains = (await call(listDomainDetail, { PageNum: 1, PageSize: 100 }, { region })).result;
  const vhosts = [...new Set(domains.DomainList.map((d) => d.Vhost))];
  const perVhost = await Promise.all(
    vhosts.map(async (Vhost) => {
      const configs = (await call(describeRelaySourceV3, { Vhost }, { region })).result;
      // Synchronous API without states: a saved config is "Saved" (it takes effect 3–5 minutes later).
      return configs.RelaySourceConfigList.map((c) => ({
        id: `${c.Vhost}/${c.App}`,
        status: "Saved",
        region: "cn-north-1",
        parent: Vhost,
      }));
    }),
  );
  return perVhost.flat();
}

export async function collectOverview(): Promise<Overview> {
  const kinds = await Promise.all([
    summarize(
      { kind: "multicastSources", cloud: "aliyun", href: "/multicast-sources", lifecycle: "multicastSource" },
      ALIYUN_REGIONS,
      multicastSources,
    ),
    summarize(
      { kind: "routerInterfaces", cloud: "aliyun", href: "/router-interfaces", lifecycle: "routerInterface" },
      ALIYUN_REGIONS,
      routerInterfaces,
    ),
    summarize(
      { kind: "mirrorSessions", cloud: "volcengine", href: "/mirror-sessions", lifecycle: "mirrorSession" },
      VOLC_REGIONS,
      mirrorSessions,
    ),
    summarize(
      { kind: "gaDestinations", cloud: "aliyun", href: "/ga-destinations", lifecycle: "gaState" },
      ["cn-hangzhou"],
      gaGroups,
    ),
    summarize(
      { kind: "relaySources", cloud: "volcengine", href: "/relay-sources" },
      ["cn-north-1"],
      relaySources,
    ),
  ]);
  const failures = recentActivity()
    .filter((entry) => !entry.ok)
    .slice(0, 10)
    .map((entry) => ({
      at: entry.at,
      operationId: entry.operationId,
      region: entry.region,
      code: entry.code ?? "",
      message: entry.message ?? "",
      requestId: entry.requestId,
    }));
  return { generatedAt: new Date().toISOString(), kinds, failures };
}
