import { VendorError } from "./vendor-error";

/** Gateway-level refusals, answered before any model runs (docs/cloud-apis.md §1.5 and §5.4). */
export const aliyunGateway = {
  missingParameter: (name: string) =>
    new VendorError(
      400,
      "MissingParameter",
      `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
    ),
  missing: (name: string) => new VendorError(400, `Missing${name}`, `${name} is mandatory for this action.`),
  invalidVersion: () => new VendorError(400, "InvalidVersion", "Specified parameter Version is not valid."),
  invalidAction: () =>
    new VendorError(
      404,
      "InvalidAction.NotFound",
      "Specified api is not found, please check your url and method.",
    ),
  incompleteSignature: (why: string) =>
    new VendorError(
      400,
      "IncompleteSignature",
      `The request signature does not conform to Alibaba Cloud standards. ${why}`,
    ),
  unknownKey: () => new VendorError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found."),
  signatureMismatch: (stringToSign?: string) =>
    new VendorError(
      400,
      "SignatureDoesNotMatch",
      stringToSign === undefined
        ? "Specified signature is not matched with our calculation."
        : `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
    ),
  timestampFormat: () =>
    new VendorError(
      400,
      "InvalidTimeStamp.Format",
      "Specified time stamp or date value is not well formatted.",
    ),
  timestampExpired: () =>
    new VendorError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired."),
  nonceUsed: () => new VendorError(400, "SignatureNonceUsed", "Specified signature nonce was used already."),
  signatureMethod: () =>
    new VendorError(400, "InvalidSignatureMethod", "Specified signature method is not valid."),
  unsupportedMethod: () =>
    new VendorError(400, "UnsupportedHTTPMethod", "Specified http method is not supported."),
  dryRun: () =>
    new VendorError(400, "DryRunOperation", "Request validation has been passed with DryRun flag set."),
  internal: () =>
    new VendorError(500, "InternalError", "The request processing has failed due to some unknown error."),
};

export const volcGateway = {
  missingParameter: (name: string) =>
    new VendorError(400, "MissingParameter", `The request must contain parameter ${name}.`, 100002),
  missingAuthentication: () =>
    new VendorError(
      401,
      "MissingAuthenticationToken",
      "The request must contain a valid authorization.",
      100003,
    ),
  missingRequestInfo: (what: string) =>
    new VendorError(400, "MissingRequestInfo", `The request is missing ${what}.`, 100004),
  missingSignature: () =>
    new VendorError(401, "MissingSignature", "The request must contain a signature.", 100005),
  invalidTimestamp: () =>
    new VendorError(
      400,
      "InvalidTimestamp",
      "The request signature has expired or is not yet valid.",
      100006,
    ),
  serviceNotFound: (service: string) =>
    new VendorError(404, "ServiceNotFound", `The service ${service} does not exist.`, 100007),
  invalidActionOrVersion: (action: string, version: string) =>
    new VendorError(
      404,
      "InvalidActionOrVersion",
      `Could not find operation ${action} for version ${version}.`,
      100008,
    ),
  invalidAccessKey: () =>
    new VendorError(401, "InvalidAccessKey", "The AccessKey specified in the request is not valid.", 100009),
  signatureMismatch: () =>
    new VendorError(
      401,
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method.",
      100010,
    ),
  invalidAuthorization: () =>
    new VendorError(400, "InvalidAuthorization", "The authorization header is malformed."),
  methodNotAllowed: () =>
    new VendorError(405, "MethodNotAllowed", "The HTTP method is not allowed for this action."),
  internal: () => new VendorError(500, "InternalError", "The service encountered an internal error.", 100014),
};
