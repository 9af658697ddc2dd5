import type { ErrorDoc } from "./types";

/**
 * Gateway-level codes every operation of a cloud can return (docs/cloud-apis.md §1.5, §5.4). Operation files list only
 * their own documented codes; lookups fall back to these.
 */
export const aliyunCommonErrors: Record<string, ErrorDoc> = {
  MissingParameter: {
    httpStatus: 400,
    class: "user-fix",
    en: "A required parameter is missing.",
    zh: "缺少必填参数。",
  },
  InvalidParameter: {
    httpStatus: 400,
    class: "user-fix",
    en: "A parameter value is not valid.",
    zh: "参数取值无效。",
  },
  "InvalidAccessKeyId.NotFound": {
    httpStatus: 404,
    class: "auth",
    en: "The AccessKey ID is unknown or the STS token has expired.",
    zh: "AccessKey ID 不存在或 STS 令牌已过期。",
  },
  "InvalidAccessKeyId.Inactive": {
    httpStatus: 400,
    class: "auth",
    en: "The AccessKey is disabled.",
    zh: "AccessKey 已被禁用。",
  },
  SignatureDoesNotMatch: {
    httpStatus: 400,
    class: "auth",
    en: "The request signature does not match; check the AccessKey secret.",
    zh: "请求签名不匹配，请检查 AccessKey Secret。",
  },
  IncompleteSignature: {
    httpStatus: 400,
    class: "auth",
    en: "The request signature is incomplete.",
    zh: "请求签名不完整。",
  },
  "InvalidTimeStamp.Expired": {
    httpStatus: 400,
    class: "auth",
    en: "The request time is more than 15 minutes from the cloud's clock.",
    zh: "请求时间与云端时间相差超过 15 分钟。",
  },
  SignatureNonceUsed: {
    httpStatus: 400,
    class: "retryable",
    en: "The signature nonce was already used.",
    zh: "签名随机数已被使用。",
  },
  Throttling: {
    httpStatus: 400,
    class: "retryable",
    en: "Requests are being throttled; the console retries.",
    zh: "请求被限流，控制台会自动重试。",
  },
  "Throttling.User": {
    httpStatus: 400,
    class: "retryable",
    en: "Your account's request rate is throttled.",
    zh: "账号请求频率被限流。",
  },
  "Throttling.Api": {
    httpStatus: 400,
    class: "retryable",
    en: "This API's request rate is throttled.",
    zh: "该 API 请求频率被限流。",
  },
  "Forbidden.RAM": {
    httpStatus: 403,
    class: "auth",
    en: "The RAM user is not allowed to call this API.",
    zh: "RAM 用户无权调用该 API。",
  },
  Unauthorized: {
    httpStatus: 403,
    class: "auth",
    en: "You are not authorized for this operation.",
    zh: "无权执行此操作。",
  },
  IdempotentParameterMismatch: {
    httpStatus: 400,
    class: "conflict",
    en: "The ClientToken was already used with different parameters.",
    zh: "ClientToken 已用于参数不同的请求。",
  },
  OperationConflict: {
    httpStatus: 409,
    class: "conflict",
    en: "Another request on this resource is in progress.",
    zh: "该资源上有其他请求正在进行。",
  },
  DryRunOperation: {
    httpStatus: 400,
    class: "user-fix",
    en: "Validation passed (DryRun): nothing was created.",
    zh: "校验通过（DryRun）：未创建任何资源。",
  },
  InternalError: {
    httpStatus: 500,
    class: "retryable",
    en: "The cloud had an internal error.",
    zh: "云端内部错误。",
  },
  ServiceUnavailable: {
    httpStatus: 503,
    class: "retryable",
    en: "The service is temporarily unavailable.",
    zh: "服务暂时不可用。",
  },
};

export const volcengineCommonErrors: Record<string, ErrorDoc> = {
  MissingParameter: {
    httpStatus: 400,
    class: "user-fix",
    en: "A required parameter is missing.",
    zh: "缺少必填参数。",
  },
  MissingAuthenticationToken: {
    httpStatus: 401,
    class: "auth",
    en: "The request carries no authentication.",
    zh: "请求未携带鉴权信息。",
  },
  InvalidTimestamp: {
    httpStatus: 400,
    class: "auth",
    en: "The request time is expired or in the future.",
    zh: "请求时间已过期或晚于服务器时间。",
  },
  InvalidAccessKey: {
    httpStatus: 401,
    class: "auth",
    en: "The AccessKey is not valid.",
    zh: "AccessKey 无效。",
  },
  SignatureDoesNotMatch: {
    httpStatus: 401,
    class: "auth",
    en: "The request signature does not match; check the SecretKey.",
    zh: "请求签名不匹配，请检查 SecretKey。",
  },
  AccessDenied: {
    httpStatus: 403,
    class: "auth",
    en: "Access is denied by IAM policy.",
    zh: "IAM 策略拒绝访问。",
  },
  LackPolicy: {
    httpStatus: 403,
    class: "auth",
    en: "The sub-user lacks a policy for this API.",
    zh: "子用户缺少调用该 API 的权限策略。",
  },
  FlowLimitExceeded: {
    httpStatus: 429,
    class: "retryable",
    en: "Requests are being throttled; the console retries.",
    zh: "请求被限流，控制台会自动重试。",
  },
  AccountFlowLimitExceeded: {
    httpStatus: 429,
    class: "retryable",
    en: "Your account's request rate is throttled.",
    zh: "账号请求频率被限流。",
  },
  InternalError: {
    httpStatus: 500,
    class: "retryable",
    en: "The cloud had an internal error.",
    zh: "云端内部错误。",
  },
  ServiceUnavailableTemp: {
    httpStatus: 503,
    class: "retryable",
    en: "The service is temporarily unavailable.",
    zh: "服务暂时不可用。",
  },
};
