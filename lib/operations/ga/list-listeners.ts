import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation, resultOf } from "../define-operation";
import { gaPaging, gaRegion } from "./ga-input";
import type { Listener, Paged } from "./ga-types";

/** Only `Type: CustomRouting` listeners take destinations (apis.md §4.5). */
export const listListeners = defineOperation({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListListeners",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  input: z.object({ AcceleratorId: requiredId("ga-"), ...gaPaging }),
  ...resultOf<Paged & { Listeners: Listener[] }>(),
  errors: {},
});
