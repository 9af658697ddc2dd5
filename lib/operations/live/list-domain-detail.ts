import { z } from "zod";
import { idFilter } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { listDomainDetailMeta } from "./list-domain-detail.meta";

export type { LiveDomain } from "./list-domain-detail.meta";

export const listDomainDetail = defineOperation(
  listDomainDetailMeta,
  z.object({
    PageNum: z.number().int().min(1).max(1000),
    PageSize: z.number().int().min(1).max(1000),
    VhostList: z.array(idFilter).optional(),
    DomainTypeList: z.array(z.enum(["push", "pull-flv"])).optional(),
  }),
);
