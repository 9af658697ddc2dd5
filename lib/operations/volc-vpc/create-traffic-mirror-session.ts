import { z } from "zod";
import { clientToken, intInRange, requiredId } from "@/lib/schemas/common";
import { text } from "@/lib/schemas/text";
import { volcTags } from "@/lib/schemas/tags";
import { defineOperation } from "../define-operation";
import { volcProjectName } from "./volc-vpc-input";
import { createTrafficMirrorSessionMeta } from "./create-traffic-mirror-session.meta";
import { PACKET_LENGTH_RANGE, PRIORITY_RANGE, VNI_RANGE } from "./traffic-mirror-types";

export const createTrafficMirrorSession = defineOperation(
  createTrafficMirrorSessionMeta,
  z.object({
    NetworkInterfaceId: requiredId("eni-"),
    TrafficMirrorTargetId: requiredId("tmt-"),
    TrafficMirrorFilterId: requiredId("tmf-"),
    Priority: intInRange(PRIORITY_RANGE.min, PRIORITY_RANGE.max, "validation.priority"),
    VirtualNetworkId: intInRange(VNI_RANGE.min, VNI_RANGE.max, "validation.vni").optional(),
    PacketLength: intInRange(
      PACKET_LENGTH_RANGE.min,
      PACKET_LENGTH_RANGE.max,
      "validation.packetLength",
    ).optional(),
    // Character rules are the likely ones of docs/cloud-apis.md §6.1 [M]; the emulator enforces the same, so the form
    // refuses what the cloud would refuse with InvalidName.Malformed / InvalidDescription.Malformed.
    TrafficMirrorSessionName: text()
      .max(128, "validation.name128")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, "validation.nameChars")
      .optional(),
    Description: text()
      .max(255, "validation.description255")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N},._ =\-，。]*$/u, "validation.descriptionChars")
      .optional(),
    ProjectName: volcProjectName,
    Tags: volcTags.optional(),
    ClientToken: clientToken.optional(),
  }),
  {
    IdempotentParameterMismatch: {
      httpStatus: 400,
      class: "conflict",
      en: "The ClientToken was already used with different parameters.",
      zh: "ClientToken 已用于参数不同的请求。",
    },
    "InvalidDescription.Malformed": {
      httpStatus: 400,
      class: "user-fix",
      field: "Description",
      en: "The description is malformed (at most 255 characters).",
      zh: "描述格式错误（最多 255 个字符）。",
    },
    "InvalidEni.InstanceMismatch": {
      httpStatus: 400,
      class: "user-fix",
      field: "NetworkInterfaceId",
      en: "The ENI does not belong to a supported instance.",
      zh: "弹性网卡所属实例不匹配。",
    },
    "InvalidEni.InvalidStatus": {
      httpStatus: 400,
      class: "retryable",
      field: "NetworkInterfaceId",
      en: "The ENI is not in a usable state.",
      zh: "弹性网卡状态不可用。",
    },
    "InvalidEni.InvalidType": {
      httpStatus: 400,
      class: "user-fix",
      field: "NetworkInterfaceId",
      en: "This ENI type cannot be a mirror source.",
      zh: "该类型的弹性网卡不能作为镜像源。",
    },
    "InvalidInstanceSpecification.Malformed": {
      httpStatus: 400,
      class: "user-fix",
      field: "NetworkInterfaceId",
      en: "The instance type does not support traffic mirroring.",
      zh: "该实例规格不支持流量镜像。",
    },
    "InvalidName.Malformed": {
      httpStatus: 400,
      class: "user-fix",
      field: "TrafficMirrorSessionName",
      en: "The name is malformed (at most 128 characters).",
      zh: "名称格式错误（最多 128 个字符）。",
    },
    "InvalidPacketLength.Malformed": {
      httpStatus: 400,
      class: "user-fix",
      field: "PacketLength",
      en: "The packet length (MTU) is malformed.",
      zh: "报文长度（MTU）格式错误。",
    },
    "InvalidParameter.ClientTokenMalformed": {
      httpStatus: 400,
      class: "user-fix",
      en: "The ClientToken is malformed (≤64 ASCII characters).",
      zh: "ClientToken 格式错误（最多 64 个 ASCII 字符）。",
    },
    "InvalidParameter.NetworkInterfaceId": {
      httpStatus: 400,
      class: "user-fix",
      field: "NetworkInterfaceId",
      en: "An ENI cannot be both the source and the target of mirror sessions.",
      zh: "弹性网卡不能同时作为镜像源和镜像目的。",
    },
    "InvalidPriority.Malformed": {
      httpStatus: 400,
      class: "user-fix",
      field: "Priority",
      en: `The priority must be an integer from ${PRIORITY_RANGE.min} to ${PRIORITY_RANGE.max}.`,
      zh: `优先级须为 ${PRIORITY_RANGE.min}–${PRIORITY_RANGE.max} 的整数。`,
    },
    "InvalidTag.Disorder": {
      httpStatus: 400,
      class: "user-fix",
      field: "Tags",
      en: "Tag indexes must be contiguous.",
      zh: "标签序号必须连续。",
    },
    "InvalidTagKey.Malformed": {
      httpStatus: 400,
      class: "user-fix",
      field: "Tags",
      en: "A tag key is malformed.",
      zh: "标签键格式错误。",
    },
    "InvalidTagValue.Malformed": {
      httpStatus: 400,
      class: "user-fix",
      field: "Tags",
      en: "A tag value is malformed.",
      zh: "标签值格式错误。",
    },
    "InvalidTrafficMirrorFilter.InvalidStatus": {
      httpStatus: 400,
      class: "retryable",
      field: "TrafficMirrorFilterId",
      en: "The filter is not Available.",
      zh: "筛选条件不是可用（Available）状态。",
    },
    "InvalidTrafficMirrorTarget.InvalidInstance": {
      httpStatus: 400,
      class: "user-fix",
      field: "TrafficMirrorTargetId",
      en: "The target's instance cannot receive mirrored traffic.",
      zh: "镜像目的的实例不能接收镜像流量。",
    },
    "InvalidTrafficMirrorTarget.InvalidStatus": {
      httpStatus: 400,
      class: "retryable",
      field: "TrafficMirrorTargetId",
      en: "The target is not Available.",
      zh: "镜像目的不是可用（Available）状态。",
    },
    "InvalidVirtualNetworkId.Malformed": {
      httpStatus: 400,
      class: "user-fix",
      field: "VirtualNetworkId",
      en: "The VNI must be an integer from 1 to 16777215.",
      zh: "VNI 须为 1–16777215 的整数。",
    },
    "LimitExceeded.Tags": {
      httpStatus: 400,
      class: "quota",
      field: "Tags",
      en: "At most 20 tags.",
      zh: "最多 20 个标签。",
    },
    OrderError: {
      httpStatus: 400,
      class: "retryable",
      en: "The billing order could not be placed.",
      zh: "订单创建失败。",
    },
    "QuotaExceeded.TrafficMirrorFilterSession": {
      httpStatus: 400,
      class: "quota",
      field: "TrafficMirrorFilterId",
      en: "This filter has reached its session quota.",
      zh: "该筛选条件关联的会话数已达上限。",
    },
    "QuotaExceeded.TrafficMirrorSession": {
      httpStatus: 400,
      class: "quota",
      en: "The account has reached its mirror-session quota.",
      zh: "账号的镜像会话数已达上限。",
    },
    "QuotaExceeded.TrafficMirrorSourceSession": {
      httpStatus: 400,
      class: "quota",
      field: "NetworkInterfaceId",
      en: "This source ENI has reached its session quota.",
      zh: "该镜像源的会话数已达上限。",
    },
    "QuotaExceeded.TrafficMirrorTargetSession": {
      httpStatus: 400,
      class: "quota",
      field: "TrafficMirrorTargetId",
      en: "This target has reached its session quota.",
      zh: "该镜像目的的会话数已达上限。",
    },
    "QuotaExceeded.TrafficMirrorTargetSource": {
      httpStatus: 400,
      class: "quota",
      field: "TrafficMirrorTargetId",
      en: "This target has reached its source quota.",
      zh: "该镜像目的的镜像源数已达上限。",
    },
    UnsupportedOperation: {
      httpStatus: 400,
      class: "auth",
      en: "The account is in arrears (balance plus vouchers below 100 CNY).",
      zh: "账号欠费（余额与代金券合计低于 100 元）。",
    },
    Forbidden: {
      httpStatus: 403,
      class: "user-fix",
      field: "NetworkInterfaceId",
      en: "Service-managed ENIs cannot be mirrored.",
      zh: "服务托管的弹性网卡不能做流量镜像。",
    },
    "Forbidden.PurchaseLimited": {
      httpStatus: 403,
      class: "auth",
      en: "The account may not purchase this resource.",
      zh: "账号被限制购买该资源。",
    },
    "InvalidEniId.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "NetworkInterfaceId",
      en: "The ENI does not exist.",
      zh: "弹性网卡不存在。",
    },
    "InvalidNetworkInterfaceId.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "NetworkInterfaceId",
      en: "The ENI does not exist.",
      zh: "弹性网卡不存在。",
    },
    "InvalidProject.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "ProjectName",
      en: "The project does not exist.",
      zh: "项目不存在。",
    },
    "InvalidTrafficMirrorFilter.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "TrafficMirrorFilterId",
      en: "The filter does not exist.",
      zh: "筛选条件不存在。",
    },
    "InvalidTrafficMirrorTarget.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "TrafficMirrorTargetId",
      en: "The target does not exist.",
      zh: "镜像目的不存在。",
    },
    "InvalidTrafficMirrorSessionPriority.Conflict": {
      httpStatus: 409,
      class: "conflict",
      field: "Priority",
      en: "Another session already uses this priority.",
      zh: "该优先级已被其他镜像会话占用。",
    },
    IdempotentProcessing: {
      httpStatus: 412,
      class: "retryable",
      en: "A request with this ClientToken is still being processed.",
      zh: "使用该 ClientToken 的请求仍在处理中。",
    },
  },
);
