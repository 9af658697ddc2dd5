import { defineOperationMeta, resultOf } from "../define-operation";
import { liveBase } from "./live-base";

export interface LiveDomain {
  Vhost: string;
  Domain: string;
  Status: number;
  Type: string;
  Region?: string;
  CreateTime?: string;
  ProjectName?: string;
}

/** Vhost picker: distinct `Vhost` values of the domains (docs/cloud-apis.md §7.4). */
export const listDomainDetailMeta = defineOperationMeta({
  ...liveBase,
  action: "ListDomainDetail",
  kind: "query",
  ...resultOf<{ DomainList: LiveDomain[]; Total: number }>(),
});
