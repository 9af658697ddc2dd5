import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { connectRouterInterfaceMeta } from "./connect-router-interface.meta";

export const connectRouterInterface = defineOperation(
  connectRouterInterfaceMeta,
  z.object({ RouterInterfaceId: requiredId("ri-") }),
);
