import { defineOperationMeta, resultOf } from "../define-operation";
import { volcVpcBase } from "./volc-vpc-base";

/**
 * Seed op #3 (docs/cloud-apis.md §6.1). Creating → Active. PacketLength: the seed says "recommended 64–1450, default 1500",
 * Cloud Control says 64–9600 (§10.7): we accept 64–9600 and the form warns above 1450.
 */
export const createTrafficMirrorSessionMeta = defineOperationMeta({
  ...volcVpcBase,
  action: "CreateTrafficMirrorSession",
  docsUrl: "https://www.volcengine.com/docs/6401/1157320",
  kind: "mutation",
  idempotent: true,
  ...resultOf<{ RequestId: string; TrafficMirrorSessionId: string }>(),
});
