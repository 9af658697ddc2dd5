import { z } from "zod";
import { defineOperation } from "../define-operation";
import { gaPaging } from "./ga-input";
import { listAcceleratorsMeta } from "./list-accelerators.meta";

export const listAccelerators = defineOperation(
  listAcceleratorsMeta,
  z.object({
    AcceleratorId: z.string().min(1).optional(),
    State: z.string().min(1).optional(),
    ...gaPaging,
  }),
);
