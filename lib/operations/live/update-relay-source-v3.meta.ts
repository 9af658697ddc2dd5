import { defineOperationMeta, resultOf } from "../define-operation";
import { liveBase } from "./live-base";

/**
 * Seed op #5 (apis.md §7.1): upsert of pull-relay origin groups, synchronous, effective in about 3–5 minutes.
 * App: the seed says required, the current doc says "empty = vhost-wide" (§10.11); we require it, as the seed does.
 */
export const updateRelaySourceV3Meta = defineOperationMeta({
  ...liveBase,
  action: "UpdateRelaySourceV3",
  kind: "mutation",
  ...resultOf<Record<string, never>>(),
});
