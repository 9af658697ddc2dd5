import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { gaPaging } from "./ga-input";
import { listListenersMeta } from "./list-listeners.meta";

export const listListeners = defineOperation(
  listListenersMeta,
  z.object({ AcceleratorId: requiredId("ga-"), ...gaPaging }),
);
