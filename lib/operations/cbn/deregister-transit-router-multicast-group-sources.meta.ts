import { defineOperationMeta, resultOf } from "../define-operation";

/** Async cleanup (apis.md §2.3): sources go Deregistering and then disappear from ListTransitRouterMulticastGroups. */
export const deregisterTransitRouterMulticastGroupSourcesMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "DeregisterTransitRouterMulticastGroupSources",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: {},
  idempotent: true,
  ...resultOf<Record<string, never>>(),
  errors: {
    "InvalidMulticastDomainId.NotFound": {
      httpStatus: 400,
      class: "user-fix",
      en: "The multicast domain does not exist.",
      zh: "组播域不存在。",
    },
    "IncorrectStatus.MulticastGroupSource": {
      httpStatus: 400,
      class: "retryable",
      en: "The source is still being registered or deregistered.",
      zh: "组播源正在注册或注销中。",
    },
    InstanceNotExist: {
      httpStatus: 400,
      class: "user-fix",
      en: "The source does not exist.",
      zh: "组播源不存在。",
    },
    DryRunOperation: {
      httpStatus: 400,
      class: "user-fix",
      en: "Validation passed (DryRun): nothing was deregistered.",
      zh: "校验通过（DryRun）：未注销任何组播源。",
    },
  },
});
