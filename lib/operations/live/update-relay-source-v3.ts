import { z } from "zod";
import { sensitive } from "@/lib/schemas/common";
import { text } from "@/lib/schemas/text";
import { defineOperation } from "../define-operation";
import { appName, relayParamKey, relaySourceDomain, vhost } from "./live-input";
import { updateRelaySourceV3Meta } from "./update-relay-source-v3.meta";

/** Origins per group (docs/cloud-apis.md §7.1: "up to 10", tried in the listed order); the form's add button stops here too. */
export const MAX_RELAY_SERVERS = 10;

/** How the relay pulls from an origin (docs/cloud-apis.md §7.1); the form's protocol select offers these. */
export const RELAY_PROTOCOLS = ["rtmp", "flv"] as const;

const server = z.object({
  RelaySourceProtocol: z.enum(RELAY_PROTOCOLS, { error: "validation.relayProtocol" }),
  RelaySourceDomain: relaySourceDomain,
  // Custom origin query parameters often carry an auth key or token: values are redacted in the audit trail.
  // zod reports a bad record key as "Invalid key in record"; name the rule the operator broke instead.
  RelaySourceParams: z
    .record(relayParamKey, sensitive(text()), {
      error: (issue) => (issue.code === "invalid_key" ? "validation.relayParamKey" : undefined),
    })
    .optional(),
});

export const updateRelaySourceV3 = defineOperation(
  updateRelaySourceV3Meta,
  z.object({
    Vhost: vhost,
    App: appName,
    GroupDetails: z
      .array(
        z.object({
          Group: text({ trim: true }).min(1, "validation.required").max(64, "validation.group"),
          Servers: z
            .array(server)
            .min(1, "validation.servers.min")
            .max(MAX_RELAY_SERVERS, "validation.servers.max"),
        }),
      )
      .min(1, "validation.groups.min")
      .superRefine(
        (groups, ctx) => {
          const seen = new Set<string>();
          groups.forEach((g, i) => {
            const name = typeof g?.Group === "string" ? g.Group.trim() : undefined;
            if (name === undefined || name === "") return;
            if (seen.has(name))
              ctx.addIssue({ code: "custom", message: "validation.groups.duplicate", path: [i, "Group"] });
            seen.add(name);
          });
        },
        // Also when another row is invalid: the operator should see every problem after one submit.
        { when: (payload) => Array.isArray(payload.value) },
      ),
  }),
  {
    CommonErr: {
      httpStatus: 200,
      class: "retryable",
      en: "The service returned an unclassified error; retry.",
      zh: "服务返回未分类错误，请重试。",
    },
    InvalidParam: { httpStatus: 400, class: "user-fix", en: "A parameter is not valid.", zh: "参数无效。" },
    "InvalidParam.BindError": {
      httpStatus: 400,
      class: "user-fix",
      en: "A parameter has the wrong type.",
      zh: "参数类型错误。",
    },
    RequestForbidden: {
      httpStatus: 403,
      class: "auth",
      en: "The resource is not in this account.",
      zh: "该资源不属于当前账号。",
    },
    "RequestForbidden.AccountIDNotAllow": {
      httpStatus: 403,
      class: "auth",
      field: "Vhost",
      en: "The vhost belongs to another account.",
      zh: "该域名空间属于其他账号。",
    },
    "RequestForbidden.BillingStatus": {
      httpStatus: 403,
      class: "auth",
      en: "Live is not activated or the account is in arrears.",
      zh: "视频直播服务未开通或账号欠费。",
    },
    ResourceNotFound: {
      httpStatus: 404,
      class: "user-fix",
      field: "Vhost",
      en: "The vhost does not exist.",
      zh: "域名空间不存在。",
    },
    "RequestLimitExceeded.Exist": {
      httpStatus: 429,
      class: "conflict",
      en: "The configuration already exists.",
      zh: "该配置已存在。",
    },
    InternalError: {
      httpStatus: 500,
      class: "retryable",
      en: "The service had an internal error.",
      zh: "服务内部错误。",
    },
    "InternalError.DB": {
      httpStatus: 500,
      class: "retryable",
      en: "The service's database had an error.",
      zh: "服务数据库错误。",
    },
    InternalServiceError: {
      httpStatus: 502,
      class: "retryable",
      en: "An upstream service failed.",
      zh: "上游服务错误。",
    },
    "InternalServiceError.BadResponse": {
      httpStatus: 502,
      class: "retryable",
      en: "An upstream service answered badly.",
      zh: "上游服务响应异常。",
    },
    InternalServiceTimeout: {
      httpStatus: 504,
      class: "retryable",
      en: "An upstream service timed out.",
      zh: "上游服务超时。",
    },
  },
);
