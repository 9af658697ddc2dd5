import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { deleteTrafficMirrorSessionMeta } from "./delete-traffic-mirror-session.meta";

export const deleteTrafficMirrorSession = defineOperation(
  deleteTrafficMirrorSessionMeta,
  z.object({ TrafficMirrorSessionId: requiredId("tms-") }),
);
