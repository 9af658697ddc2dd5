import { defineOperationMeta, resultOf } from "../define-operation";
import { volcVpcBase } from "./volc-vpc-base";

/** Poll DescribeTrafficMirrorSessions until the session is absent (docs/cloud-apis.md §6.2). */
export const deleteTrafficMirrorSessionMeta = defineOperationMeta({
  ...volcVpcBase,
  action: "DeleteTrafficMirrorSession",
  kind: "mutation",
  ...resultOf<{ RequestId: string }>(),
});
