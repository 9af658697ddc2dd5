import { defineOperationMeta, resultOf } from "../define-operation";
import { gaRegion } from "./ga-base";

/** Seed op #4 (apis.md §4.1). The group goes `updating` → `active`; no concurrency per accelerator. */
export const createCustomRoutingEndpointGroupDestinationsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "CreateCustomRoutingEndpointGroupDestinations",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: gaRegion,
  idempotent: true,
  ...resultOf<{ DestinationIds: string[] }>(),
  errors: {
    "StateError.EndPointGroup": {
      httpStatus: 400,
      class: "retryable",
      field: "EndpointGroupId",
      en: "The endpoint group is being updated; wait until it is active.",
      zh: "终端节点组正在更新，请等待其变为可用（active）。",
    },
    "NotExist.EndPointGroup": {
      httpStatus: 400,
      class: "user-fix",
      field: "EndpointGroupId",
      en: "The endpoint group does not exist.",
      zh: "终端节点组不存在。",
    },
    "StateError.Accelerator": {
      httpStatus: 400,
      class: "retryable",
      en: "The accelerator is not in a state that allows changes.",
      zh: "加速实例当前状态不允许变更。",
    },
    "NotActive.Listener": {
      httpStatus: 400,
      class: "retryable",
      en: "The listener is not active yet.",
      zh: "监听尚未就绪。",
    },
    // No source names GA's code for a range that overlaps an existing destination; the emulator's choice
    // (lib/emulator/products/ga/ga-errors.ts). The form puts it above the rows.
    "Conflict.PortRange": {
      httpStatus: 400,
      class: "user-fix",
      field: "DestinationConfigurations",
      en: "A port range overlaps a destination this endpoint group already has for the same protocol.",
      zh: "端口范围与该终端节点组中相同协议的已有映射重叠。",
    },
    DryRunOperation: {
      httpStatus: 400,
      class: "user-fix",
      en: "Validation passed (DryRun): nothing was created.",
      zh: "校验通过（DryRun）：未创建任何映射。",
    },
  },
});
