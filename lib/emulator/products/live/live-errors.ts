import { vendorErrors } from "../../core/vendor-error";

/**
 * Live codes of seed 004 (UpdateRelaySourceV3; DeleteRelaySourceV3 documents the same table). Where the seed's
 * message is "-", the message is ours. The 5xx codes and `CommonErr` (HTTP 200) are never thrown by the model:
 * they are reached through fault rules (`POST /_emulator/faults`), as the real service's internal failures are.
 */
export const liveErrors = vendorErrors({
  CommonErr: [200, "Unclassified error, please retry."],
  InvalidParam: [400, "Invalid parameter."],
  "InvalidParam.BindError": [400, "Request parameter error, please check input data"],
  RequestForbidden: [403, "The request is forbidden: the resource is not available to this account."],
  "RequestForbidden.AccountIDNotAllow": [
    403,
    "this AccountID does not have permission to access the corresponding resource, please check the request parameters",
  ],
  "RequestForbidden.BillingStatus": [
    403,
    "Billing status is not available for the AccountID, please activate the service or recharge.",
  ],
  ResourceNotFound: [404, "The resource does not exist."],
  "RequestLimitExceeded.Exist": [429, "%s already exist"],
  // Gateway throttling (docs/cloud-apis.md §5.4: FlowLimitExceeded / AccountFlowLimitExceeded, 429, CodeN unconfirmed).
  AccountFlowLimitExceeded: [429, "Account flow limit exceeded, please try again later."],
});

/** Fault rules that reproduce the server-side codes of seed 004 (for tests and the docs). */
export const liveFaultCodes = {
  CommonErr: { httpStatus: 200, message: "-" },
  InternalError: {
    httpStatus: 500,
    message: "an internal error occurred, please contact the administrator.",
  },
  "InternalError.DB": {
    httpStatus: 500,
    message: "an internal error related to database occurred, please contact the administrator.",
  },
  InternalServiceError: {
    httpStatus: 502,
    message: "an internal error occurred, please contact the administrator.",
  },
  "InternalServiceError.BadResponse": {
    httpStatus: 502,
    message: "an internal error occurred, please contact the administrator.",
  },
  InternalServiceTimeout: {
    httpStatus: 504,
    message: "Internal Service is timeout. please contact the administrator.",
  },
} as const;
