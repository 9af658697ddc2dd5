import { defineOperationMeta, resultOf } from "../define-operation";

export interface TransitRouterMulticastDomain {
  CenId: string;
  RegionId: string;
  Status: string;
  TransitRouterId: string;
  TransitRouterMulticastDomainId: string;
  TransitRouterMulticastDomainName?: string;
  TransitRouterMulticastDomainDescription?: string;
  Options?: { Igmpv2Support?: string };
  Tags?: { Key: string; Value: string }[];
}

/** The most items CEN's multicast List* operations return per page (`MaxResults` 1–100, docs/cloud-apis.md §2.4). */
export const CEN_MAX_RESULTS = 100;

/** Domain picker (docs/cloud-apis.md §2.4). */
export const listTransitRouterMulticastDomainsMeta = defineOperationMeta({
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "ListTransitRouterMulticastDomains",
  method: "POST",
  style: "rpc-query",
  kind: "query",
  region: { param: "RegionId" },
  ...resultOf<{
    TotalCount: number;
    MaxResults: number;
    NextToken?: string;
    TransitRouterMulticastDomains: TransitRouterMulticastDomain[];
  }>(),
});
