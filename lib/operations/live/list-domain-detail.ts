import { z } from "zod";
import { defineOperation, resultOf } from "../define-operation";
import { liveBase } from "./live-input";

export interface LiveDomain {
  Vhost: string;
  Domain: string;
  Status: number;
  Type: string;
  Region?: string;
  CreateTime?: string;
  ProjectName?: string;
}

/** Vhost picker: distinct `Vhost` values of the domains (apis.md §7.4). */
export const listDomainDetail = defineOperation({
  ...liveBase,
  action: "ListDomainDetail",
  kind: "query",
  input: z.object({
    PageNum: z.number().int().min(1).max(1000),
    PageSize: z.number().int().min(1).max(1000),
    VhostList: z.array(z.string().min(1)).optional(),
    DomainTypeList: z.array(z.enum(["push", "pull-flv"])).optional(),
  }),
  ...resultOf<{ DomainList: LiveDomain[]; Total: number }>(),
  errors: {},
});
