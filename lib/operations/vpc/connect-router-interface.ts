import { z } from "zod";
import { requiredId } from "@/lib/schemas/common";
import { defineOperation } from "../define-operation";
import { connectRouterInterfaceMeta } from "./connect-router-interface.meta";

export const connectRouterInterface = defineOperation(
  connectRouterInterfaceMeta,
  z.object({ RouterInterfaceId: requiredId("ri-") }),
  {
    "InvalidRegionId.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      en: "The region does not exist.",
      zh: "地域不存在。",
    },
    "InvalidRouterInterfaceId.NotFound": {
      httpStatus: 404,
      class: "user-fix",
      field: "RouterInterfaceId",
      en: "The router interface does not exist.",
      zh: "路由器接口不存在。",
    },
    "IncorrectRole.NotInitiatingSide": {
      httpStatus: 400,
      class: "user-fix",
      field: "RouterInterfaceId",
      en: "Only the initiating side can start a connection; the accepting side waits.",
      zh: "只有发起端可以发起连接，接收端只需等待。",
    },
    IncorrectStatus: {
      httpStatus: 400,
      class: "user-fix",
      field: "RouterInterfaceId",
      en: "The router interface must be Idle to connect.",
      zh: "路由器接口须处于空闲（Idle）状态才能发起连接。",
    },
    "IncorrectOppositeInterfaceInfo.NotSet": {
      httpStatus: 400,
      class: "user-fix",
      en: "The peer interface information is not set.",
      zh: "未设置对端接口信息。",
    },
    IncorrectOppositeInterfaceInfo: {
      httpStatus: 400,
      class: "user-fix",
      en: "The peer interface information is wrong (missing peer, not an acceptor, or the same router).",
      zh: "对端接口信息有误（对端不存在、不是接收端或位于同一路由器）。",
    },
    RejectedByOppositeInterface: {
      httpStatus: 403,
      class: "user-fix",
      en: "The peer interface does not name this interface as its peer.",
      zh: "对端接口未将本接口设置为其对端。",
    },
    "Forbidden.BillsOutstanding": {
      httpStatus: 400,
      class: "auth",
      en: "The account has an overdue router-interface bill.",
      zh: "账号存在欠费的路由器接口账单。",
    },
    "Forbidden.OnlyOneConnection": {
      httpStatus: 400,
      class: "conflict",
      en: "These two routers already have a connected pair of interfaces.",
      zh: "这两个路由器之间已存在一对已连接的接口。",
    },
    "CROSS_BID.FORBIDDEN": {
      httpStatus: 404,
      class: "user-fix",
      en: "Connecting across business IDs (BIDs) is not allowed.",
      zh: "不允许跨 BID 连接。",
    },
  },
);
