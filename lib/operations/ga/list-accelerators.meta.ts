import { defineOperationMeta, resultOf } from "../define-operation";
import type { Accelerator, Paged } from "./ga-types";
import { gaRegion } from "./ga-base";

export const listAcceleratorsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListAccelerators",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  ...resultOf<Paged & { Accelerators: Accelerator[] }>(),
});
