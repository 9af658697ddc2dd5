import { z } from "zod";
import { defineOperation, resultOf } from "../define-operation";
import { liveBase, vhost, type RelaySourceConfig } from "./live-input";

/** Read-back; synchronous, no status field (apis.md §7.2). There is no ListRelaySourceV3. */
export const describeRelaySourceV3 = defineOperation({
  ...liveBase,
  action: "DescribeRelaySourceV3",
  kind: "query",
  input: z.object({ Vhost: vhost, App: z.string().max(30).optional(), Group: z.string().optional() }),
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
