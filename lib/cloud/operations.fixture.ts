/**
 * Minimal catalog entries for lib/cloud tests only (the real catalog lives in lib/operations). Shapes follow
 * apis.md §2–§7 closely enough to exercise every wire style, region rule and retry rule.
 */
import { z } from "zod";
import type { OperationDef } from "@/lib/operations/types";

const loose = z.record(z.string(), z.unknown());

export const registerSourcesOp: OperationDef = {
  id: "aliyun.cbn.RegisterTransitRouterMulticastGroupSources",
  cloud: "aliyun",
  product: "cbn",
  version: "2017-09-12",
  action: "RegisterTransitRouterMulticastGroupSources",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: {},
  input: loose,
  idempotent: true,
  errors: {},
};

export const connectRouterInterfaceOp: OperationDef = {
  id: "aliyun.vpc.ConnectRouterInterface",
  cloud: "aliyun",
  product: "vpc",
  version: "2016-04-28",
  action: "ConnectRouterInterface",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId" },
  input: loose,
  idempotent: false,
  errors: {},
};

export const describeRouterInterfacesOp: OperationDef = {
  ...connectRouterInterfaceOp,
  id: "aliyun.vpc.DescribeRouterInterfaces",
  action: "DescribeRouterInterfaces",
  kind: "query",
};

export const describeNetworkInterfacesOp: OperationDef = {
  ...describeRouterInterfacesOp,
  id: "aliyun.ecs.DescribeNetworkInterfaces",
  product: "ecs",
  version: "2014-05-26",
  action: "DescribeNetworkInterfaces",
};

export const createGaDestinationsOp: OperationDef = {
  id: "aliyun.ga.CreateCustomRoutingEndpointGroupDestinations",
  cloud: "aliyun",
  product: "ga",
  version: "2019-11-20",
  action: "CreateCustomRoutingEndpointGroupDestinations",
  method: "POST",
  style: "rpc-query",
  kind: "mutation",
  region: { param: "RegionId", fixed: "cn-hangzhou" },
  input: loose,
  idempotent: true,
  errors: {},
};

export const createMirrorSessionOp: OperationDef = {
  id: "volcengine.vpc.CreateTrafficMirrorSession",
  cloud: "volcengine",
  product: "vpc",
  version: "2020-04-01",
  action: "CreateTrafficMirrorSession",
  method: "GET",
  style: "rpc-query",
  kind: "mutation",
  region: {},
  input: loose,
  idempotent: true,
  errors: {},
};

export const updateRelaySourceOp: OperationDef = {
  id: "volcengine.live.UpdateRelaySourceV3",
  cloud: "volcengine",
  product: "live",
  version: "2023-01-01",
  action: "UpdateRelaySourceV3",
  method: "POST",
  style: "json-body",
  kind: "mutation",
  repeatSafe: true,
  region: { fixed: "cn-north-1" },
  input: loose,
  errors: {},
};

export const describeRelaySourceOp: OperationDef = {
  ...updateRelaySourceOp,
  id: "volcengine.live.DescribeRelaySourceV3",
  action: "DescribeRelaySourceV3",
  kind: "query",
};
