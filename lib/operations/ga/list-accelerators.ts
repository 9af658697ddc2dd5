import { z } from "zod";
import { idFilter } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { gaPaging } from "./ga-input";
import { listAcceleratorsMeta } from "./list-accelerators.meta";

export const listAccelerators = defineOperation(
  listAcceleratorsMeta,
  z.object({
    AcceleratorId: idFilter.optional(),
    State: idFilter.optional(),
    ...gaPaging,
  }),
);
