import { defineProduct } from "../../core/product";
import {
  CbnBackend,
  MULTICAST_SOURCE_KIND,
  QUOTA_ENTRIES_PER_TR,
  QUOTA_GROUPS_PER_DOMAIN,
  QUOTA_SOURCES_PER_GROUP,
} from "./cbn-model";
import { cbnHandlers } from "./cbn-responses";
import { seedCbn } from "./cbn-seed";
import type { CbnState } from "./cbn-state";

/**
 * Alibaba CEN 2017-09-12 (product code `cbn`): transit-router multicast. Reads ENIs from `ecs` and vSwitches/VPCs
 * from `vpc`. Quota values are not published (docs/cloud-apis.md §10.17): the defaults are our guess, switchable at runtime.
 */
export const cbnProduct = defineProduct<CbnState, CbnBackend>({
  key: "cbn",
  seed: () => seedCbn(),
  backend: (state, ctx) => new CbnBackend(state, ctx),
  handlers: cbnHandlers,
  transitionKinds: [MULTICAST_SOURCE_KIND],
  account: {
    quotas: {
      [QUOTA_GROUPS_PER_DOMAIN]: {
        default: 100,
        description: "Multicast groups per multicast domain (QuotaFull.MulticastGroupPerDomain).",
      },
      [QUOTA_SOURCES_PER_GROUP]: {
        default: 20,
        description: "Sources per multicast group (QuotaFull.MulticastSourcePerGroup).",
      },
      [QUOTA_ENTRIES_PER_TR]: {
        default: 1000,
        description:
          "Sources plus members per transit router (QuotaExceeded.SourceAndMemberPerTransitRouter).",
      },
    },
  },
  settle: (cbn) => cbn.settle(false),
});
