import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { deactivateRouterInterfaceMeta } from "./deactivate-router-interface.meta";

export const deactivateRouterInterface = defineOperation(
  deactivateRouterInterfaceMeta,
  z.object({ RouterInterfaceId: requiredId("ri-") }),
);
