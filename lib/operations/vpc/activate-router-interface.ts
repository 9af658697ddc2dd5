import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { activateRouterInterfaceMeta } from "./activate-router-interface.meta";

export const activateRouterInterface = defineOperation(
  activateRouterInterfaceMeta,
  z.object({ RouterInterfaceId: requiredId("ri-") }),
);
