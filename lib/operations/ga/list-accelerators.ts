import { z } from "zod";
import { defineOperation, resultOf } from "../define-operation";
import { gaPaging, gaRegion } from "./ga-input";
import type { Accelerator, Paged } from "./ga-types";

export const listAccelerators = defineOperation({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListAccelerators",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  input: z.object({
    AcceleratorId: z.string().min(1).optional(),
    State: z.string().min(1).optional(),
    ...gaPaging,
  }),
  ...resultOf<Paged & { Accelerators: Accelerator[] }>(),
  errors: {},
});
