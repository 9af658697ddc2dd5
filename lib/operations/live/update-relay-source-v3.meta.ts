import { defineOperationMeta, resultOf } from "../define-operation";
import { liveBase } from "./live-base";

/**
 * Seed op #5 (docs/cloud-apis.md §7.1): upsert of pull-relay origin groups, synchronous, effective in about 3–5 minutes.
 * App: the seed says required, the current doc says "empty = vhost-wide" (§10.11); we require it, as the seed does.
 * No ClientToken, but repeat-safe: the request carries the app's whole relay configuration, so sending it twice
 * leaves what sending it once does (`RequestLimitExceeded.Exist` is about a group named twice in one request).
 */
export const updateRelaySourceV3Meta = defineOperationMeta({
  ...liveBase,
  action: "UpdateRelaySourceV3",
  docsUrl: "https://www.volcengine.com/docs/6469/1126872",
  kind: "mutation",
  repeatSafe: true,
  ...resultOf<Record<string, never>>(),
});
