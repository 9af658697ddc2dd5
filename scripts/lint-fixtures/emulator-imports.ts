// Linted as lib/emulator/products/cbn/boundary-fixture.ts: the emulator reaching past the catalog's metadata.
import { operations } from "@/lib/operations/catalog";
import { registerTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { ipv4ToNumber } from "@/lib/schemas/ipv4";
import { alibabaCredentials } from "@/lib/cloud/credentials";
import { resolveEndpoint } from "../../../cloud/endpoints";
import { z } from "zod";
// Allowed: the catalog's metadata, the signers, the emulator's own modules, node's.
import { operationMetas } from "@/lib/operations/catalog-meta";
import { MAX_SOURCE_ENIS } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources.meta";
import { GA_PORT_RANGE } from "@/lib/operations/ga/ga-types";
import type { OperationMeta } from "@/lib/operations/types";
import { signAcs3 } from "@/lib/cloud/signing/acs3";
import { systemClock } from "../../core/clock";
import { isIPv4 } from "node:net";

export const used = [
  operations,
  registerTransitRouterMulticastGroupSources,
  ipv4ToNumber,
  alibabaCredentials,
  resolveEndpoint,
  z,
  operationMetas,
  MAX_SOURCE_ENIS,
  GA_PORT_RANGE,
  signAcs3,
  systemClock,
  isIPv4,
];
export type Used = OperationMeta;
