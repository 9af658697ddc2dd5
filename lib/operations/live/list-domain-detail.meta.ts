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
/** ListDomainDetail's PageNum and PageSize both run 1–1000 (docs/cloud-apis.md §7.4). */
export const LIVE_DOMAIN_PAGE_MAX = 1000;

export const listDomainDetailMeta = defineOperationMeta({
  ...liveBase,
  action: "ListDomainDetail",
  kind: "query",
  ...resultOf<{ DomainList: LiveDomain[]; Total: number }>(),
});
