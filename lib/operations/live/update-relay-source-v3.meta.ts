import { defineOperationMeta, resultOf } from "../define-operation";
import { liveBase } from "./live-base";

/**
 * Seed op #5 (apis.md §7.1): upsert of pull-relay origin groups, synchronous, effective in about 3–5 minutes.
 * App: the seed says required, the current doc says "empty = vhost-wide" (§10.11); we require it, as the seed does.
 */
export const updateRelaySourceV3Meta = defineOperationMeta({
  ...liveBase,
  action: "UpdateRelaySourceV3",
  kind: "mutation",
  ...resultOf<Record<string, never>>(),
  errors: {
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
});
