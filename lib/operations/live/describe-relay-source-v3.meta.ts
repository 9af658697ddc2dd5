import { defineOperationMeta, resultOf } from "../define-operation";
import { liveBase } from "./live-base";
import type { RelaySourceConfig } from "./live-input";

/** Read-back; synchronous, no status field (docs/cloud-apis.md §7.2). There is no ListRelaySourceV3. */
export const describeRelaySourceV3Meta = defineOperationMeta({
  ...liveBase,
  action: "DescribeRelaySourceV3",
  docsUrl: "https://www.volcengine.com/docs/6469/1126874",
  kind: "query",
  ...resultOf<{ RelaySourceConfigList: RelaySourceConfig[] }>(),
});
