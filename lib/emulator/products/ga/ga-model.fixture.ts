import { AccountSettings } from "../../core/account";
import { ManualClock } from "../../core/clock";
import type { ModelContext } from "../../core/product";
import { resourceId } from "../../core/resource-ids";
import { TransitionEngine, type TransitionMode } from "../../core/transitions";
import { VendorError } from "../../core/vendor-error";
import type { RawConfiguration } from "./destination-rules";
import { GA } from "./ga-ids";
import { GaBackend } from "./ga-model";
import { seedGa } from "./ga-seed";

/** A GA backend on a manual clock with the seeded world, and helpers for its model tests. */
export function setup(mode: TransitionMode = { mode: "timed", ms: 3000 }) {
  const clock = new ManualClock();
  const transitions = new TransitionEngine(clock, mode);
  const ctx: ModelContext = {
    clock,
    transitions,
    account: new AccountSettings({}),
    changed: () => undefined,
    backend: () => {
      throw new Error("ga looks up no other product");
    },
    newId: resourceId,
  };
  return { clock, transitions, ga: new GaBackend(seedGa(ctx), ctx) };
}

export const R = { RegionId: "cn-hangzhou" };
export const cfg = (from: number, to: number, protocols = ["TCP"]): RawConfiguration => ({
  Protocols: protocols,
  FromPort: String(from),
  ToPort: String(to),
});
export const create = (ga: GaBackend, group: string, configurations: RawConfiguration[], DryRun = false) =>
  ga.createDestinations({ ...R, EndpointGroupId: group, configurations, DryRun });

export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof VendorError) return `${error.httpStatus} ${error.code}: ${error.message}`;
    throw error;
  }
  return "no error";
}

export const groupState = (ga: GaBackend, id: string) =>
  ga.describeEndpointGroup({ ...R, EndpointGroupId: id }).State;
export const acceleratorState = (ga: GaBackend) =>
  ga.listAccelerators({ ...R, AcceleratorId: GA.accelerator }).Accelerators[0]?.State;
