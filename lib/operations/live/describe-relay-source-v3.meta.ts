import { defineOperationMeta, resultOf } from "../define-operation";
import { liveBase } from "./live-base";
import type { RelaySourceConfig } from "./live-input";

/** Read-back; synchronous, no status field (apis.md §7.2). There is no ListRelaySourceV3. */
export const describeRelaySourceV3Meta = defineOperationMeta({
  ...liveBase,
  action: "DescribeRelaySourceV3",
  kind: "query",
  ...resultOf<{ RelaySourceConfigList: RelaySourceConfig[] }>(),
  errors: {
    ResourceNotFound: {
      httpStatus: 404,
      class: "user-fix",
      field: "Vhost",
      en: "The vhost does not exist.",
      zh: "域名空间不存在。",
    },
  },
});
