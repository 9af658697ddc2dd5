import type { OperationDef, OperationMeta } from "@/lib/operations/types";
import { backendMode } from "./backend-mode";
import { EndpointConfigError } from "./config-error";
import { emulatorBaseUrl, type Env } from "./emulator-identity";

/**
 * Where an operation is sent, and (Volcengine) the region and service in its signing scope.
 * A pure function of (op, region, env): no network, no clock. The browser never chooses any of it.
 */

export interface ResolvedEndpoint {
  /** `scheme://host[:port]`, no path. */
  baseUrl: string;
  /** What the HTTP client sends as `Host` (port only when not the scheme default) — signed by both clouds. */
  host: string;
  /** The region after `op.region.fixed` has been applied. */
  region: string;
  /** Volcengine credential scope region and service. */
  signingRegion: string;
  service: string;
}

export const ALIBABA_ENDPOINT_VAR = "ALIBABA_CLOUD_ENDPOINT";
export const VOLCENGINE_ENDPOINT_VAR = "VOLCENGINE_ENDPOINT";

/**
 * Regions the VPC SDK endpoint map sends to the central `vpc.aliyuncs.com` (docs/cloud-apis.md §1.1; JAVA-SDK vpc20160428
 * Client). Internal/test regions of that map are left out: the console does not offer them.
 */
const VPC_CENTRAL_REGIONS = new Set([
  "cn-qingdao",
  "cn-beijing",
  "cn-hangzhou",
  "cn-shanghai",
  "cn-shenzhen",
  "cn-hongkong",
  "ap-southeast-1",
  "us-west-1",
  "us-east-1",
  "cn-shanghai-finance-1",
  "cn-shenzhen-finance-1",
  "cn-north-2-gov-1",
  "cn-beijing-finance-1",
  "cn-hangzhou-finance",
]);

// A region id ends up in a host name; anything else would let a caller steer the request to another domain.
const REGION_ID = /^[a-z]{2,}(-[a-z0-9]+)+$/;

/** Live's only signing region and host (docs/cloud-apis.md §5.1). */
const LIVE_REGION = "cn-north-1";

function alibabaHost(op: OperationDef, region: string): string {
  switch (op.product) {
    case "cbn":
      return "cbn.aliyuncs.com";
    case "ga":
      return "ga.cn-hangzhou.aliyuncs.com";
    case "vpc":
      return VPC_CENTRAL_REGIONS.has(region) ? "vpc.aliyuncs.com" : `vpc.${region}.aliyuncs.com`;
    case "ecs":
      return `ecs.${region}.aliyuncs.com`;
    default:
      throw new Error(`No Alibaba Cloud endpoint for product "${op.product}" (${op.id})`);
  }
}

function volcengineHost(op: OperationDef): string {
  switch (op.product) {
    case "vpc":
      return "open.volcengineapi.com";
    case "live":
      return "live.volcengineapi.com";
    default:
      throw new Error(`No Volcengine endpoint for product "${op.product}" (${op.id})`);
  }
}

// Parsed once per distinct value: this runs on every call the proxy forwards.
const parsedBaseUrls = new Map<string, { baseUrl: string; host: string }>();

function parseBaseUrl(raw: string, variable: string): { baseUrl: string; host: string } {
  const known = parsedBaseUrls.get(raw);
  if (known) return known;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The value stays out of the message: a URL can carry userinfo, and the message may be logged.
    throw new EndpointConfigError(
      variable,
      "url",
      `${variable} must be a base URL such as http://127.0.0.1:8790`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new EndpointConfigError(variable, "url", `${variable} must use http or https`);
  }
  const parsed = { baseUrl: url.origin, host: url.host };
  parsedBaseUrls.set(raw, parsed);
  return parsed;
}

/**
 * Whether a call needs the operator's region (unless the operation fixes it): Volcengine always signs one; Alibaba
 * needs one for a RegionId parameter or a regional host. The one rule for the proxy (400 without it) and for
 * {@link resolveEndpoint} (which refuses a malformed one).
 */
export function regionIsRequired(op: Pick<OperationMeta, "cloud" | "product" | "region">): boolean {
  return (
    op.cloud === "volcengine" || op.region.param !== undefined || op.product === "vpc" || op.product === "ecs"
  );
}

function baseFor(op: OperationDef, region: string, env: Env): { baseUrl: string; host: string } {
  const overrideVar = op.cloud === "aliyun" ? ALIBABA_ENDPOINT_VAR : VOLCENGINE_ENDPOINT_VAR;
  const override = env[overrideVar]?.trim();
  if (override) return parseBaseUrl(override, overrideVar);
  if (backendMode(env) === "emulator") return parseBaseUrl(emulatorBaseUrl(env), "EMULATOR_PORT");
  const host = op.cloud === "aliyun" ? alibabaHost(op, region) : volcengineHost(op);
  return { baseUrl: `https://${host}`, host };
}

export function resolveEndpoint(op: OperationDef, region: string | undefined, env: Env): ResolvedEndpoint {
  const effective = op.region.fixed ?? region ?? "";
  if (regionIsRequired(op) && !REGION_ID.test(effective)) {
    throw new Error(`Operation ${op.id} needs a valid region id, got "${effective}"`);
  }
  const isLive = op.cloud === "volcengine" && op.product === "live";
  // Named fields, not `...baseFor()`: this runs on every forwarded call (docs/DECISIONS.md, "Hot paths and object
  // spread").
  const { baseUrl, host } = baseFor(op, effective, env);
  return {
    baseUrl,
    host,
    region: effective,
    signingRegion: isLive ? (op.region.fixed ?? LIVE_REGION) : effective,
    service: op.product,
  };
}
