import { vendorErrors } from "../../core/vendor-error";

/**
 * Codes of Volcengine VPC traffic mirroring. Seed 002 (CreateTrafficMirrorSession) gives code, HTTP status and
 * English message for every entry down to `IdempotentProcessing`; the rest are the emulator's choice (documented in
 * docs/emulator-error-codes.md). Service errors carry no `CodeN` (only gateway errors do, docs/cloud-apis.md §5.3).
 */
export const vpcErrors = vendorErrors({
  IdempotentParameterMismatch: [
    400,
    "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).",
  ],
  "InvalidDescription.Malformed": [400, "The specified description is malformed."],
  "InvalidEni.InstanceMismatch": [
    400,
    "The specified elastic network interface is not attached to the specified instance.",
  ],
  "InvalidEni.InvalidStatus": [
    400,
    "The specified elastic network interface is not in the correct status for the request.",
  ],
  "InvalidEni.InvalidType": [
    400,
    "The type of specified elastic network interface is illegal for the request.",
  ],
  "InvalidInstanceSpecification.Malformed": [
    400,
    "The specified instance does not currently support traffic mirror.",
  ],
  "InvalidName.Malformed": [400, "The specified name is malformed."],
  "InvalidPacketLength.Malformed": [400, "The specified MTU is malformed."],
  "InvalidParameter.ClientTokenMalformed": [400, "The specified parameter ClientToken is malformed."],
  "InvalidParameter.NetworkInterfaceId": [
    400,
    "The network interface must not be the source and the target of traffic mirror sessions at the same time.",
  ],
  "InvalidPriority.Malformed": [400, "The specified priority is malformed."],
  "InvalidTag.Disorder": [400, "The specified index order of tag is malformed."],
  "InvalidTagKey.Malformed": [400, "The specified parameter tag key is invalid."],
  "InvalidTagValue.Malformed": [400, "The specified parameter tag value is invalid."],
  "InvalidTrafficMirrorFilter.InvalidStatus": [
    400,
    "The specified traffic mirror filter is not in the correct status for the request.",
  ],
  "InvalidTrafficMirrorTarget.InvalidInstance": [
    400,
    "The specified traffic mirror target has an invalid instance for the request.",
  ],
  "InvalidTrafficMirrorTarget.InvalidStatus": [
    400,
    "The specified traffic mirror target is not in the correct status for the request.",
  ],
  "InvalidVirtualNetworkId.Malformed": [400, "The specified VNI is malformed."],
  "LimitExceeded.Tags": [
    400,
    "You've reached the limit on the number of tags that you can operate at one time.",
  ],
  OrderError: [400, "Failed to create an order in one step."],
  "QuotaExceeded.TrafficMirrorFilterSession": [
    400,
    "You've reached the limit on the number of traffic mirror sessions per filter that you can create.",
  ],
  "QuotaExceeded.TrafficMirrorSession": [
    400,
    "You've reached the limit on the number of traffic mirror sessions that you can create.",
  ],
  "QuotaExceeded.TrafficMirrorSourceSession": [
    400,
    "You've reached the limit on the number of traffic mirror sessions per source that you can create.",
  ],
  "QuotaExceeded.TrafficMirrorTargetSession": [
    400,
    "You've reached the limit on the number of traffic mirror sessions per target that you can create.",
  ],
  "QuotaExceeded.TrafficMirrorTargetSource": [
    400,
    "You've reached the limit on the number of traffic mirror sources per target that you can create.",
  ],
  UnsupportedOperation: [
    400,
    "The request on the specified instance is denied due to the account in arrears status.",
  ],
  Forbidden: [
    403,
    "You are not authorized to perform operations on the specified elastic network interface. The specified elastic network interface is a service-managed elastic network interface.",
  ],
  "Forbidden.PurchaseLimited": [403, "The account is not authorized to purchase the resource."],
  "InvalidEniId.NotFound": [404, "The specified elastic network interface does not exist."],
  "InvalidNetworkInterfaceId.NotFound": [
    404,
    "The specified traffic mirror source network interface does not exist.",
  ],
  "InvalidProject.NotFound": [404, "The specified Project does not exist."],
  "InvalidTrafficMirrorFilter.NotFound": [404, "The specified traffic mirror filter does not exist."],
  "InvalidTrafficMirrorTarget.NotFound": [404, "The specified traffic mirror target does not exist."],
  "InvalidTrafficMirrorSessionPriority.Conflict": [
    409,
    "The specified priority conflicts with another in your traffic mirror session.",
  ],
  IdempotentProcessing: [
    412,
    "The request uses the same client token as a previous one that is still in process.",
  ],
  // ---- not in seed 002: the emulator's choice for the companion operations ----
  MissingParameter: [400, "The required parameter is not supplied."],
  InvalidParameter: [400, "The specified parameter is invalid."],
  "InvalidNextToken.Malformed": [400, "The specified NextToken is malformed."],
  "InvalidTrafficMirrorSession.NotFound": [404, "The specified traffic mirror session does not exist."],
  "InvalidTrafficMirrorSession.InvalidStatus": [
    400,
    "The specified traffic mirror session is not in the correct status for the request.",
  ],
});

/** Seed 002 lists two messages for some codes; these are the alternatives. */
export const vpcMessages = {
  nameTooLong: "The specified name is malformed. Ensure the maximum length of name is 128.",
  descriptionTooLong:
    "The specified description is malformed. Ensure the maximum length of description is 255.",
  lowBalance:
    "The request on the specified instance is denied due to the account balance and available vouchers are less than 100 yuan in total.",
};
