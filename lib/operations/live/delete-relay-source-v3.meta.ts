import { defineOperationMeta, resultOf } from "../define-operation";
import { liveBase } from "./live-base";

export const deleteRelaySourceV3Meta = defineOperationMeta({
  ...liveBase,
  action: "DeleteRelaySourceV3",
  docsUrl: "https://www.volcengine.com/docs/6469/1126873",
  kind: "mutation",
  ...resultOf<Record<string, never>>(),
});
