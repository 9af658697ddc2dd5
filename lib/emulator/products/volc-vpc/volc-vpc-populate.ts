import type { ModelContext } from "../../core/product";
import { own } from "../../core/own-entries";
import { PRIORITY, volcTime } from "./mirror-session-rules";
import type { VolcVpcBackend } from "./volc-vpc-model";
import type { MirrorSession, RegionState } from "./volc-vpc-state";

/**
 * `POST /_emulator/populate {"kind":"mirror-session"}`: adds `count` Active sessions to one region, as an account
 * managing a real fleet would have (issue #17's 10,000-row list). Each takes a free priority (unique per region, as
 * the cloud requires) and reuses the region's first source, target and filter, so the rows look like real ones.
 * The create rules (quotas, one ENI per target) are not applied: this is load, not a scenario.
 */
export function populateSessions(vpc: VolcVpcBackend, ctx: ModelContext, regionName: string, count: number) {
  const region = (vpc.state.regions[regionName] ??= emptyRegion());
  const taken = new Set(Object.values(region.sessions).map((s) => s.Priority));
  const free = PRIORITY.max - PRIORITY.min + 1 - taken.size;
  if (count > free) throw new Error(`only ${free} priorities are free in ${regionName}`);
  const usedVni = new Set(Object.values(region.sessions).map((s) => s.VirtualNetworkId));
  const source = Object.keys(region.enis)[0] ?? "eni-populated";
  const target = Object.keys(region.targets)[0] ?? "tmt-populated";
  const filter = Object.keys(region.filters)[0] ?? "tmf-populated";
  const at = volcTime(ctx.clock.now());
  const ids: string[] = [];
  let priority: number = PRIORITY.min;
  let vni = 1;
  for (let i = 0; i < count; i++) {
    while (taken.has(priority)) priority++;
    while (usedVni.has(vni)) vni++;
    taken.add(priority);
    usedVni.add(vni);
    const id = ctx.newId("tms-", 25);
    const session: MirrorSession = {
      TrafficMirrorSessionId: id,
      TrafficMirrorSessionName: `load-${String(i + 1).padStart(5, "0")}`,
      Description: "",
      TrafficMirrorSourceIds: [source],
      TrafficMirrorTargetId: target,
      TrafficMirrorFilterId: filter,
      Priority: priority,
      VirtualNetworkId: vni,
      PacketLength: 1500,
      status: "Active",
      BusinessStatus: "Normal",
      LockReason: "",
      ProjectName: "default",
      Tags: [],
      CreatedAt: at,
      UpdatedAt: at,
    };
    if (own(region.sessions, id)) throw new Error("session id collision");
    region.sessions[id] = session;
    ids.push(id);
  }
  return ids;
}

function emptyRegion(): RegionState {
  return { instances: {}, clbs: {}, enis: {}, filters: {}, targets: {}, sessions: {} };
}
