import "server-only";
import { callOperation } from "@/lib/cloud/call-operation";
import { CloudError } from "@/lib/cloud/cloud-error";
import { ConfigError } from "@/lib/cloud/config-error";
import { REGIONS } from "@/lib/regions";
import { isSettled, type LifecycleName } from "@/lib/status/lifecycles";
import { limitConcurrency } from "./limit-concurrency";
import {
  gaGroups,
  mirrorSessions,
  multicastSources,
  relaySources,
  routerInterfaces,
  type OverviewCall,
  type Reader,
} from "./overview-reads";
import type { InFlight, KindSummary, Overview } from "./overview-types";

/** The overview reads the regions where operators work first (the emulator's demo world lives there). */
const ALIYUN_REGIONS = REGIONS.aliyun.slice(0, 2);
const VOLC_REGIONS = REGIONS.volcengine.slice(0, 2);

/**
 * Cloud calls of one overview in flight at once. The per-parent reads (groups per domain, per accelerator…) fan
 * out with the data; the overview is a background glance and shares sockets and per-account API rates with the
 * operator's own calls, so it queues instead.
 */
export const OVERVIEW_CONCURRENCY = 4;

const cloudCall: OverviewCall = async (op, input, region) =>
  (await callOperation(op, input, { region })).result;

function unreadable(region: string, error: unknown): KindSummary["unreadable"][number] {
  if (error instanceof CloudError) return { region, code: error.code, requestId: error.requestId };
  // A misconfigured console (cloud mode without keys…) still shows its overview; each kind says why it is empty.
  if (error instanceof ConfigError) return { region, code: error.code, requestId: "" };
  throw error;
}

async function summarize(
  base: Pick<KindSummary, "kind" | "cloud" | "href" | "lifecycle">,
  regions: readonly string[],
  read: Reader,
  call: OverviewCall,
): Promise<KindSummary> {
  const summary: KindSummary = { ...base, counts: {}, inFlight: [], unreadable: [], truncated: false };
  const results = await Promise.allSettled(regions.map((region) => read(call, region)));
  results.forEach((result, i) => {
    if (result.status === "rejected") {
      summary.unreadable.push(unreadable(regions[i]!, result.reason));
      return;
    }
    if (result.value.truncated) summary.truncated = true;
    for (const item of result.value.items) {
      summary.counts[item.status] = (summary.counts[item.status] ?? 0) + 1;
      if (base.lifecycle && !isSettled(base.lifecycle as LifecycleName, item.status))
        summary.inFlight.push(item as InFlight);
    }
  });
  return summary;
}

export async function collectOverview(
  options: {
    call?: OverviewCall;
    concurrency?: number;
    /** The recent failures (the route reads them from the audit trail: lib/audit/recent-failures.ts). */
    failures?: () => Promise<Overview["failures"]>;
  } = {},
): Promise<Overview> {
  const gate = limitConcurrency(options.concurrency ?? OVERVIEW_CONCURRENCY);
  const send = options.call ?? cloudCall;
  const call: OverviewCall = (op, input, region) => gate(() => send(op, input, region));
  const kinds = await Promise.all([
    summarize(
      { kind: "multicastSources", cloud: "aliyun", href: "/multicast-sources", lifecycle: "multicastSource" },
      ALIYUN_REGIONS,
      multicastSources,
      call,
    ),
    summarize(
      { kind: "routerInterfaces", cloud: "aliyun", href: "/router-interfaces", lifecycle: "routerInterface" },
      ALIYUN_REGIONS,
      routerInterfaces,
      call,
    ),
    summarize(
      { kind: "mirrorSessions", cloud: "volcengine", href: "/mirror-sessions", lifecycle: "mirrorSession" },
      VOLC_REGIONS,
      mirrorSessions,
      call,
    ),
    summarize(
      { kind: "gaDestinations", cloud: "aliyun", href: "/ga-destinations", lifecycle: "gaState" },
      ["cn-hangzhou"],
      gaGroups,
      call,
    ),
    summarize(
      { kind: "relaySources", cloud: "volcengine", href: "/relay-sources" },
      ["cn-north-1"],
      relaySources,
      call,
    ),
  ]);
  const failures = (await options.failures?.()) ?? [];
  return { generatedAt: new Date().toISOString(), kinds, failures };
}
