import { defineOperationMeta, resultOf } from "../define-operation";
import type { Listener, Paged } from "./ga-types";
import { gaRegion } from "./ga-base";

/** Only `Type: CustomRouting` listeners take destinations (docs/cloud-apis.md §4.5). */
export const listListenersMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListListeners",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  ...resultOf<Paged & { Listeners: Listener[] }>(),
});
