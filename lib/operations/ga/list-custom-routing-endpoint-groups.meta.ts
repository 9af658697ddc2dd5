import { defineOperationMeta, resultOf } from "../define-operation";
import type { CustomRoutingEndpointGroup, Paged } from "./ga-types";
import { gaRegion } from "./ga-base";

export const listCustomRoutingEndpointGroupsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "ListCustomRoutingEndpointGroups",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: gaRegion,
  ...resultOf<Paged & { EndpointGroups: CustomRoutingEndpointGroup[] }>(),
});
