import { z } from "zod";
import { clientToken, dryRun, requiredId } from "@/lib/schemas/common";
import { multicastGroupIp } from "@/lib/schemas/ipv4";
import { defineOperation } from "../define-operation";
import {
  MAX_SOURCE_ENIS,
  registerTransitRouterMulticastGroupSourcesMeta,
} from "./register-transit-router-multicast-group-sources.meta";

export const registerTransitRouterMulticastGroupSources = defineOperation(
  registerTransitRouterMulticastGroupSourcesMeta,
  z.object({
    TransitRouterMulticastDomainId: requiredId("tr-mcast-domain-"),
    GroupIpAddress: multicastGroupIp,
    // Optional in the schema but "currently required" in the note.
    NetworkInterfaceIds: z
      .array(requiredId("eni-"))
      .min(1, "validation.enis.min")
      .max(MAX_SOURCE_ENIS, "validation.enis.max")
      .refine((ids) => new Set(ids).size === ids.length, "validation.enis.unique"),
    VpcId: requiredId("vpc-").optional(),
    ClientToken: clientToken.optional(),
    DryRun: dryRun.optional(),
  }),
  {
    "InvalidOperation.PeerMulticastDomainSource": {
      httpStatus: 400,
      class: "user-fix",
      en: "A peer multicast domain cannot be a source.",
      zh: "对端组播域不能作为组播源。",
    },
    "IllegalParam.GroupIpAddress": {
      httpStatus: 400,
      class: "user-fix",
      field: "GroupIpAddress",
      en: "The group IP is not a valid multicast address (224.0.1.0–239.255.255.254).",
      zh: "组播组 IP 不是有效的组播地址（224.0.1.0–239.255.255.254）。",
    },
    "InvalidMulticastDomainId.NotFound": {
      httpStatus: 400,
      class: "user-fix",
      field: "TransitRouterMulticastDomainId",
      en: "The multicast domain does not exist.",
      zh: "组播域不存在。",
    },
    "IncorrectStatus.MulticastDomainId": {
      httpStatus: 400,
      class: "retryable",
      field: "TransitRouterMulticastDomainId",
      en: "The multicast domain is not in a state that allows this change.",
      zh: "组播域当前状态不允许此操作。",
    },
    "IncorrectStatus.Cen": {
      httpStatus: 400,
      class: "retryable",
      en: "The CEN instance is not in a state that allows this change.",
      zh: "云企业网实例当前状态不允许此操作。",
    },
    InstanceExist: {
      httpStatus: 400,
      class: "conflict",
      field: "NetworkInterfaceIds",
      en: "This ENI is already a source of the group.",
      zh: "该弹性网卡已是此组播组的组播源。",
    },
    "InvalidOperation.NetworkInterfaceNotExist": {
      httpStatus: 400,
      class: "user-fix",
      field: "NetworkInterfaceIds",
      en: "An ENI does not exist.",
      zh: "弹性网卡不存在。",
    },
    "InvalidOperation.NTRNetworkInterfaceNotSupport": {
      httpStatus: 400,
      class: "user-fix",
      field: "NetworkInterfaceIds",
      en: "ENIs owned by a transit router cannot be sources.",
      zh: "转发路由器自有的弹性网卡不能作为组播源。",
    },
    InstanceNotExist: {
      httpStatus: 400,
      class: "user-fix",
      en: "A referenced instance does not exist.",
      zh: "引用的实例不存在。",
    },
    "InvalidOperation.MulticastDomainAssociationNotExist": {
      httpStatus: 400,
      class: "user-fix",
      field: "NetworkInterfaceIds",
      en: "The ENI's vSwitch is not associated with the multicast domain.",
      zh: "弹性网卡所在交换机未关联到该组播域。",
    },
    "InvalidOperation.MulticastDomainAssociationStatus": {
      httpStatus: 400,
      class: "retryable",
      field: "NetworkInterfaceIds",
      en: "The vSwitch association is not Active yet.",
      zh: "交换机关联尚未生效。",
    },
    "QuotaFull.MulticastGroupPerDomain": {
      httpStatus: 400,
      class: "quota",
      field: "GroupIpAddress",
      en: "The domain has reached its multicast group quota.",
      zh: "该组播域的组播组数量已达上限。",
    },
    "QuotaFull.MulticastSourcePerGroup": {
      httpStatus: 400,
      class: "quota",
      field: "NetworkInterfaceIds",
      en: "The group has reached its source quota.",
      zh: "该组播组的组播源数量已达上限。",
    },
    DryRunOperation: {
      httpStatus: 400,
      class: "user-fix",
      en: "Validation passed (DryRun): nothing was registered.",
      zh: "校验通过（DryRun）：未注册任何组播源。",
    },
    "IncorrectStatus.ConnectPeerIds": {
      httpStatus: 400,
      class: "retryable",
      en: "A connect peer is not in a usable state.",
      zh: "连接对端状态不可用。",
    },
    "InvalidConnectPeerIds.NotFound": {
      httpStatus: 400,
      class: "user-fix",
      en: "A connect peer does not exist.",
      zh: "连接对端不存在。",
    },
    "OperationUnsupported.ExistsIgmpv2MemberOnEni": {
      httpStatus: 400,
      class: "user-fix",
      field: "NetworkInterfaceIds",
      en: "The ENI already has an IGMPv2 source or member.",
      zh: "该弹性网卡上已存在 IGMPv2 组播源或成员。",
    },
    "QuotaExceeded.SourceAndMemberPerTransitRouter": {
      httpStatus: 400,
      class: "quota",
      en: "The transit router has reached its source and member quota.",
      zh: "转发路由器的组播源和成员数量已达上限。",
    },
    InvalidParameter: {
      httpStatus: 400,
      class: "user-fix",
      en: "A parameter value is not valid.",
      zh: "参数取值无效。",
    },
    Unauthorized: {
      httpStatus: 400,
      class: "auth",
      en: "You are not authorized for this operation.",
      zh: "无权执行此操作。",
    },
  },
);
