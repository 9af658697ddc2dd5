import { defineOperationMeta, resultOf } from "../define-operation";
import { volcVpcBase } from "./volc-vpc-base";

/** Poll DescribeTrafficMirrorSessions until the session is absent (apis.md §6.2). */
export const deleteTrafficMirrorSessionMeta = defineOperationMeta({
  ...volcVpcBase,
  action: "DeleteTrafficMirrorSession",
  kind: "mutation",
  ...resultOf<{ RequestId: string }>(),
  errors: {
    "InvalidTrafficMirrorSession.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      en: "The mirror session does not exist.",
      zh: "镜像会话不存在。",
    },
    "InvalidTrafficMirrorSession.InvalidStatus": {
      httpStatus: 400,
      class: "retryable",
      en: "The session is still being created or changed.",
      zh: "镜像会话仍在创建或变更中。",
    },
  },
});
