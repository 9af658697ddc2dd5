import { z } from "zod";
import { defineOperation, resultOf } from "../define-operation";
import { appName, liveBase, vhost } from "./live-input";

export const deleteRelaySourceV3 = defineOperation({
  ...liveBase,
  action: "DeleteRelaySourceV3",
  kind: "mutation",
  input: z.object({ Vhost: vhost, App: appName, Group: z.string().min(1).optional() }),
  ...resultOf<Record<string, never>>(),
  errors: {
    ResourceNotFound: {
      httpStatus: 404,
      class: "user-fix",
      en: "The configuration does not exist.",
      zh: "该配置不存在。",
    },
  },
});
