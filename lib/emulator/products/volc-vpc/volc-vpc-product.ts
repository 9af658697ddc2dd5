import { defineProduct } from "../../core/product";
import { vpcAccountDeclarations } from "./mirror-session-checks";
import { SESSION_KIND, VolcVpcBackend } from "./volc-vpc-model";
import { volcVpcHandlers } from "./volc-vpc-responses";
import { seedVolcVpc } from "./volc-vpc-seed";
import type { VolcVpcState } from "./volc-vpc-state";

/** Volcengine VPC 2020-04-01 (service `vpc`): traffic-mirror sessions, filters, targets and ENIs. */
export const volcVpcProduct = defineProduct<VolcVpcState, VolcVpcBackend>({
  key: "volc-vpc",
  seed: seedVolcVpc,
  backend: (state, ctx) => new VolcVpcBackend(state, ctx),
  handlers: volcVpcHandlers,
  account: vpcAccountDeclarations,
  transitionKinds: [SESSION_KIND],
  settle: (vpc) => vpc.settle(),
  // The model keeps its own ClientToken memory for the 412 IdempotentProcessing window (seed 002).
  selfIdempotent: ["volcengine.vpc.CreateTrafficMirrorSession"],
});
