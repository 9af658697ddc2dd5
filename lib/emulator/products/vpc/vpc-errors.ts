import { vendorErrors } from "../../core/vendor-error";

/** ConnectRouterInterface codes from seed 001 (plus the current doc's, docs/cloud-apis.md §3.1) and their siblings. */
export const vpcErrors = vendorErrors({
  "InvalidRouterInterfaceId.NotFound": [404, "The specified RouterInterfaceId does not exist in our record."],
  "IncorrectRole.NotInitiatingSide": [400, "The spedified RouterInterface is not InitiatingSide"],
  IncorrectStatus: [400, "RouterInterface can be operated by this action only when it's status is Idle."],
  "IncorrectOppositeInterfaceInfo.NotSet": [
    400,
    "OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId must be all set.",
  ],
  IncorrectOppositeInterfaceInfo: [
    400,
    "The opposite RouterInterface information specified by OppositeInterfaceId/OppositeRouterId/OppositeRouterType/OppositeRouterOwnerId is wrong. Maybe the RouterInterface or Router does not exist, or the parameters mismatched, or that RouterInterface is not a AcceptingSide.",
  ],
  RejectedByOppositeInterface: [
    403,
    "The opposite RouterInterface does not set this RouterInterface as a OppositeRouterInterface. Meybe it was wrongly set. Please check the configuration of the opposite RouterInterface.",
  ],
  "Forbidden.BillsOutstanding": [400, "You cannot use this action because you have bills outstanding."],
  "Forbidden.OnlyOneConnection": [
    400,
    "Only one connected pair of router interfaces is allowed between two routers.",
  ],
  "CROSS_BID.FORBIDDEN": [404, "Connecting router interfaces across different BIDs is forbidden."],
  "InvalidParam.NotNull": [400, "The parameter must not be null."],
  InvalidParameter: [400, "The specified parameter is not valid."],
});
