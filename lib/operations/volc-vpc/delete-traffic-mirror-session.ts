import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { deleteTrafficMirrorSessionMeta } from "./delete-traffic-mirror-session.meta";

export const deleteTrafficMirrorSession = defineOperation(
  deleteTrafficMirrorSessionMeta,
  z.object({ TrafficMirrorSessionId: requiredId("tms-") }),
  {
    "InvalidTrafficMirrorSession.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      en: "The mirror session does not exist.",
      zh: "镜像会话不存在。",
    },
    "InvalidTrafficMirrorSession.InvalidStatus": {
      httpStatus: 400,
      class: "retryable",
      en: "The session is still being created or changed.",
      zh: "镜像会话仍在创建或变更中。",
    },
  },
);
