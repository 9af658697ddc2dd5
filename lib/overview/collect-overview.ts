import "server-only";
import { callOperation } from "@/lib/cloud/call-operation";
import { processSharedReads, readKey } from "@/lib/proxy/shared-reads";
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
import { OVERVIEW_KINDS } from "./overview-kinds";
import type { InFlight, KindSummary, OpenResource, Overview, ResourceKind } from "./overview-types";

/** The overview reads the regions where operators work first (the emulator's demo world lives there). */
const ALIYUN_REGIONS = REGIONS.aliyun.slice(0, 2);
const VOLC_REGIONS = REGIONS.volcengine.slice(0, 2);

/**
 * Cloud calls of one overview in flight at once. The per-parent reads (groups per domain, per accelerator…) fan
 * out with the data; the overview is a background glance and shares sockets and per-account API rates with the
 * operator's own calls, so it queues instead.
 */
export const OVERVIEW_CONCURRENCY = 4;

// Every open overview asks the same lists: identical reads in flight together share one call (lib/proxy/shared-reads).
const cloudCall: OverviewCall = async (op, input, region) =>
  (await processSharedReads.share(readKey(op.id, region, input), () => callOperation(op, input, { region })))
    .result;

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
): Promise<{ summary: KindSummary; listed: Set<string> }> {
  const summary: KindSummary = { ...base, counts: {}, inFlight: [], unreadable: [], truncated: false };
  const listed = new Set<string>();
  const results = await Promise.allSettled(regions.map((region) => read(call, region)));
  results.forEach((result, i) => {
    if (result.status === "rejected") {
      summary.unreadable.push(unreadable(regions[i]!, result.reason));
      return;
    }
    if (result.value.truncated) summary.truncated = true;
    for (const item of result.value.items) {
      listed.add(item.id);
      summary.counts[item.status] = (summary.counts[item.status] ?? 0) + 1;
      if (base.lifecycle && !isSettled(base.lifecycle as LifecycleName, item.status))
        summary.inFlight.push(item as InFlight);
    }
  });
  return { summary, listed };
}

/** An open operation's resource as an in-flight item (without the kind it is filed under). */
function inFlightOf(resource: OpenResource): InFlight {
  const { id, status, region, parent, startedBy, operationId, since } = resource;
  return { id, status, region, parent, startedBy, operationId, since };
}

/**
 * Joins the console's open operations to what the clouds listed: an item in transition gets who started it; an
 * operation's resource the clouds did not list is shown (with the last status the console saw) only where the
 * cloud could not be read in full — elsewhere the cloud's list is the truth (the resource is gone or settled and
 * the history has not caught up yet).
 */
function joinOpenOperations(
  summaries: { summary: KindSummary; listed: Set<string> }[],
  open: OpenResource[],
): KindSummary[] {
  return summaries.map(({ summary, listed }) => {
    const mine = open.filter((r) => r.kind === summary.kind);
    const inFlight = summary.inFlight.map((item) => {
      const operation = mine.find((r) => r.id === item.id);
      return operation
        ? {
            ...item,
            startedBy: operation.startedBy,
            operationId: operation.operationId,
            since: operation.since,
          }
        : item;
    });
    const partial = summary.truncated || summary.unreadable.length > 0;
    for (const resource of mine)
      if (partial && !listed.has(resource.id) && !inFlight.some((i) => i.id === resource.id))
        inFlight.push(inFlightOf(resource));
    return { ...summary, inFlight };
  });
}

/** Where each kind's summary comes from: the regions read and the reader (overview-reads.ts). */
const SOURCES: {
  base: Pick<KindSummary, "kind" | "cloud" | "href" | "lifecycle">;
  regions: readonly string[];
  read: Reader;
}[] = [
  {
    base: {
      kind: "multicastSources",
      cloud: "aliyun",
      href: "/multicast-sources",
      lifecycle: "multicastSource",
    },
    regions: ALIYUN_REGIONS,
    read: multicastSources,
  },
  {
    base: {
      kind: "routerInterfaces",
      cloud: "aliyun",
      href: "/router-interfaces",
      lifecycle: "routerInterface",
    },
    regions: ALIYUN_REGIONS,
    read: routerInterfaces,
  },
  {
    base: {
      kind: "mirrorSessions",
      cloud: "volcengine",
      href: "/mirror-sessions",
      lifecycle: "mirrorSession",
    },
    regions: VOLC_REGIONS,
    read: mirrorSessions,
  },
  {
    base: { kind: "gaDestinations", cloud: "aliyun", href: "/ga-destinations", lifecycle: "gaState" },
    regions: ["cn-hangzhou"],
    read: gaGroups,
  },
  {
    base: { kind: "relaySources", cloud: "volcengine", href: "/relay-sources" },
    regions: ["cn-north-1"],
    read: relaySources,
  },
];

export async function collectOverview(
  options: {
    call?: OverviewCall;
    concurrency?: number;
    /** The recent failures (the route reads them from the audit trail: lib/audit/recent-failures.ts). */
    failures?: () => Promise<Overview["failures"]>;
    /** The resources of the console's open operations (lib/audit/history/open-in-flight.ts). */
    openOperations?: () => Promise<OpenResource[]>;
    /** Only these kinds (a page re-reads the kinds the operation history says changed); all when absent. */
    kinds?: readonly ResourceKind[];
  } = {},
): Promise<Overview> {
  const gate = limitConcurrency(options.concurrency ?? OVERVIEW_CONCURRENCY);
  const send = options.call ?? cloudCall;
  const call: OverviewCall = (op, input, region) => gate(() => send(op, input, region));
  const wanted = options.kinds ?? OVERVIEW_KINDS;
  const summaries = await Promise.all(
    SOURCES.filter((source) => wanted.includes(source.base.kind)).map((source) =>
      summarize(source.base, source.regions, source.read, call),
    ),
  );
  const kinds = joinOpenOperations(summaries, (await options.openOperations?.()) ?? []);
  const failures = (await options.failures?.()) ?? [];
  return { generatedAt: new Date().toISOString(), kinds, failures };
}
