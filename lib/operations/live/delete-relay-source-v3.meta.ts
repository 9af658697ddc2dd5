import { defineOperationMeta, resultOf } from "../define-operation";
import { liveBase } from "./live-base";

export const deleteRelaySourceV3Meta = defineOperationMeta({
  ...liveBase,
  action: "DeleteRelaySourceV3",
  kind: "mutation",
  ...resultOf<Record<string, never>>(),
});
