import { defineOperationMeta, resultOf } from "../define-operation";

/** Sets peer info before connecting (apis.md §3.1, §9). Not idempotent by token; the result is re-read. */
export const modifyRouterInterfaceAttributeMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "ModifyRouterInterfaceAttribute",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId" },
  ...resultOf<Record<string, never>>(),
  errors: {
    "InvalidRouterInterfaceId.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "RouterInterfaceId",
      en: "The router interface does not exist.",
      zh: "路由器接口不存在。",
    },
    IncorrectStatus: {
      httpStatus: 400,
      class: "user-fix",
      en: "Peer info can only change while the interface is Idle.",
      zh: "仅在接口空闲（Idle）时可修改对端信息。",
    },
  },
});
