import { defineProduct } from "../../core/product";
import { vpcAccountDeclarations } from "./mirror-session-checks";
import { vpcErrors } from "./volc-vpc-errors";
import { SESSION_KIND, VolcVpcBackend } from "./volc-vpc-model";
import { populateSessions } from "./volc-vpc-populate";
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
  populate: { [SESSION_KIND]: populateSessions },
  clientTokens: {
    // Seed 002's wording for a reused token, and its 412 while the first request is still in process.
    "volcengine.vpc.CreateTrafficMirrorSession": {
      mismatch: () => vpcErrors.IdempotentParameterMismatch(),
      replay: (first, acceptedAt, vpc, call) => {
        const { TrafficMirrorSessionId } = first as { TrafficMirrorSessionId: string };
        vpc.checkRepeat(call.region ?? "", TrafficMirrorSessionId, acceptedAt);
        // The result repeats the RequestId (docs/cloud-apis.md §5.3): the repeat's own, not the first request's.
        return { ...(first as object), RequestId: call.requestId };
      },
    },
  },
});
