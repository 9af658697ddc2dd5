import { z } from "zod";
import { text, identifier } from "@/lib/schemas/text";
import { defineOperation } from "../define-operation";
import { vhost } from "./live-input";
import { describeRelaySourceV3Meta } from "./describe-relay-source-v3.meta";

export const describeRelaySourceV3 = defineOperation(
  describeRelaySourceV3Meta,
  z.object({ Vhost: vhost, App: identifier().max(30).optional(), Group: text().optional() }),
  {
    ResourceNotFound: {
      httpStatus: 404,
      class: "user-fix",
      field: "Vhost",
      en: "The vhost does not exist.",
      zh: "域名空间不存在。",
    },
  },
);
