import { z } from "zod";
import { idFilter } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { LIVE_DOMAIN_PAGE_MAX, listDomainDetailMeta } from "./list-domain-detail.meta";

export type { LiveDomain } from "./list-domain-detail.meta";

export const listDomainDetail = defineOperation(
  listDomainDetailMeta,
  z.object({
    PageNum: z.number().int().min(1).max(LIVE_DOMAIN_PAGE_MAX),
    PageSize: z.number().int().min(1).max(LIVE_DOMAIN_PAGE_MAX),
    VhostList: z.array(idFilter).optional(),
    DomainTypeList: z.array(z.enum(["push", "pull-flv"])).optional(),
  }),
);
