import { vendorErrors } from "../../core/vendor-error";

/** RegisterTransitRouterMulticastGroupSources codes, messages verbatim from seed 000 (typos included). */
export const cbnErrors = vendorErrors({
  "InvalidOperation.PeerMulticastDomainSource": [
    400,
    "Operation is invalid because peer multicast domain can not be group source.",
  ],
  "IllegalParam.GroupIpAddress": [400, "The specified GroupIpAddress is illegal."],
  "InvalidMulticastDomainId.NotFound": [400, "The specified AttachmentId is not found."],
  "IncorrectStatus.MulticastDomainId": [400, "The status of MulticastDomainId is incorrect."],
  "IncorrectStatus.Cen": [400, "The status of Cen is incorrect."],
  InstanceExist: [400, "The instance already exists."],
  "InvalidOperation.NetworkInterfaceNotExist": [
    400,
    "Operation is invalid bacause network interface not exist.",
  ],
  "InvalidOperation.NTRNetworkInterfaceNotSupport": [
    400,
    "Operation is invalid, due to ntr eni not support.",
  ],
  InstanceNotExist: [400, "The instance is not exist."],
  "InvalidOperation.MulticastDomainAssociationNotExist": [
    400,
    "Operation is invalid because multicast association domain association not exist.",
  ],
  "InvalidOperation.MulticastDomainAssociationStatus": [
    400,
    "Operation is invalid, due to multicast domain association not Active.",
  ],
  "QuotaFull.MulticastGroupPerDomain": [
    400,
    "The number of multicast group has exceed the maximum value that can be created.",
  ],
  "QuotaFull.MulticastSourcePerGroup": [
    400,
    "The number of multicast group source has exceed the maximum value that can be created.",
  ],
  "IncorrectStatus.ConnectPeerIds": [400, "Connect Peer statuses are incorrect."],
  "InvalidConnectPeerIds.NotFound": [400, "The Connect Peer Ids are invalid."],
  "OperationUnsupported.ExistsIgmpv2MemberOnEni": [
    400,
    "An igmpv2 multicast source or multicast member already exists on the ENI.",
  ],
  "QuotaExceeded.SourceAndMemberPerTransitRouter": [
    400,
    "The number of multicast group members and sources has exceed the maximum value that can be created.",
  ],
  InvalidParameter: [400, "Invalid parameter."],
  Unauthorized: [400, "The AccessKeyId is unauthorized."],
  // Not in the seed: used by the list operation (Terraform treats it as "not found", docs/cloud-apis.md §2.2) and for a
  // change while the source is still Registering/Deregistering ("only queries are allowed", seed 000).
  "IllegalParam.TransitRouterMulticastDomainId": [
    400,
    "The specified TransitRouterMulticastDomainId is illegal.",
  ],
  OperationConflict: [409, "The operation conflicts with a previous request that is still in progress."],
});
