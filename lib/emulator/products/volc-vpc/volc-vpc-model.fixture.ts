import { AccountSettings } from "../../core/account";
import { ManualClock } from "../../core/clock";
import type { ModelContext } from "../../core/product";
import { resourceId } from "../../core/resource-ids";
import { TransitionEngine, type TransitionMode } from "../../core/transitions";
import { VendorError } from "../../core/vendor-error";
import { vpcAccountDeclarations } from "./mirror-session-checks";
import { BJ } from "./volc-vpc-ids";
import { VolcVpcBackend, type CreateSessionRequest } from "./volc-vpc-model";
import { seedVolcVpc } from "./volc-vpc-seed";

/** A Volcengine VPC backend on a manual clock with the seeded world, and helpers for its model tests. */
export function setup(mode: TransitionMode = { mode: "timed", ms: 3000 }) {
  const clock = new ManualClock();
  const transitions = new TransitionEngine(clock, mode);
  const account = new AccountSettings(vpcAccountDeclarations);
  let changes = 0;
  const ctx: ModelContext = {
    clock,
    transitions,
    account,
    changed: () => void changes++,
    backend: () => {
      throw new Error("volc-vpc looks up no other product");
    },
    newId: resourceId,
  };
  const vpc = new VolcVpcBackend(seedVolcVpc(ctx), ctx);
  return { clock, account, vpc, changes: () => changes };
}

export const valid = (over: Partial<CreateSessionRequest> = {}): CreateSessionRequest => ({
  region: BJ.region,
  NetworkInterfaceId: BJ.enis.web02Primary,
  TrafficMirrorTargetId: BJ.targets.idsEni,
  TrafficMirrorFilterId: BJ.filters.webAll,
  Priority: "2",
  Tags: [],
  ...over,
});

export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof VendorError) return `${error.httpStatus} ${error.code}`;
    throw error;
  }
  return "no error";
}

export const statusOf = (vpc: VolcVpcBackend, id: string, region: string = BJ.region) =>
  vpc.describeSessions(region, { ids: [id], names: [], tagFilters: [] }).TrafficMirrorSessions[0]?.Status;
