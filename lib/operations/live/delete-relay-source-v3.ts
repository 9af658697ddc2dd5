import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { defineOperation } from "../define-operation";
import { appName, vhost } from "./live-input";
import { deleteRelaySourceV3Meta } from "./delete-relay-source-v3.meta";

export const deleteRelaySourceV3 = defineOperation(
  deleteRelaySourceV3Meta,
  z.object({ Vhost: vhost, App: appName, Group: text().min(1).optional() }),
  {
    ResourceNotFound: {
      httpStatus: 404,
      class: "user-fix",
      en: "The configuration does not exist.",
      zh: "该配置不存在。",
    },
  },
);
