import { defineOperationMeta, resultOf } from "../define-operation";
import type { VolcNetworkInterface } from "./traffic-mirror-types";
import { volcVpcBase } from "./volc-vpc-base";

/** Source-ENI picker (docs/cloud-apis.md §6.3); service-managed ENIs are shown but refused (403 `Forbidden`). */
export const describeVolcNetworkInterfacesMeta = defineOperationMeta({
  ...volcVpcBase,
  action: "DescribeNetworkInterfaces",
  kind: "query",
  ...resultOf<{
    NetworkInterfaceSets: VolcNetworkInterface[];
    NextToken?: string;
    TotalCount?: number;
  }>(),
});
