import { AuthFailure, type Verdict } from "../auth/auth-failure";
import type { Identity, IdentityBook } from "../auth/identities";
import { header, param, type Incoming } from "../auth/incoming";
import { verifyAcs3, verifyRpcV1 } from "../auth/verify-aliyun";
import { parseVolcAuthorization, verifyVolc } from "../auth/verify-volc";
import type { Clock } from "./clock";
import { aliyunError, aliyunSuccess, volcError, volcSuccess, type VolcMetadata } from "./envelopes";
import { DropConnection, type FaultRules } from "./faults";
import { aliyunGateway, volcGateway } from "./gateway-errors";
import type { NonceStore } from "./nonce-store";
import type { AnyProduct, CallContext, Handler } from "./product";
import { aliyunRequestId, volcRequestId } from "./request-ids";
import type { RequestLog } from "./request-log";
import type { Route, RouteTable } from "./routes";
import { VendorError } from "./vendor-error";
import { aliyunInput, volcInput, wireFacts } from "./wire-params";
import type { World } from "./world";

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface DispatchDeps {
  routes: RouteTable;
  handlers: Map<string, { product: AnyProduct; handler: Handler<unknown> }>;
  world: World;
  identities: IdentityBook;
  clock: Clock;
  nonces: NonceStore;
  faults: FaultRules;
  log: RequestLog;
  skewMs: number;
  sleep: (ms: number) => Promise<void>;
  /** What the verifiers need, built once (not per request). */
  auth: { identities: IdentityBook; clock: Clock; nonces: NonceStore; skewMs: number };
}

type Scheme = "acs3" | "rpc-v1" | "aliyun-none" | "volc";

/** Which cloud (and signature scheme) a request speaks, from its shape alone — never from Host. */
function classify(incoming: Incoming, routes: RouteTable): Scheme {
  const authorization = header(incoming, "authorization") ?? "";
  if (authorization.startsWith("ACS3-")) return "acs3";
  if (authorization.startsWith("HMAC-SHA256")) return "volc";
  if (param(incoming, "Signature") !== undefined || param(incoming, "AccessKeyId") !== undefined)
    return "rpc-v1";
  if (incoming.headers.has("x-acs-action")) return "acs3";
  if (incoming.headers.has("x-date")) return "volc";
  const version = param(incoming, "Version");
  if (version && routes.isVolcVersion(version) && !routes.isAliyunVersion(version)) return "volc";
  return "aliyun-none";
}

/** The cloud-API half of the emulator: classify → route → authenticate → faults → model → envelope. */
export async function dispatch(incoming: Incoming, deps: DispatchDeps): Promise<Reply> {
  const started = performance.now();
  const scheme = classify(incoming, deps.routes);
  const reply =
    scheme === "volc" ? await dispatchVolc(incoming, deps) : await dispatchAliyun(incoming, scheme, deps);
  deps.log.add({
    time: deps.clock.now(),
    cloud: scheme === "volc" ? "volcengine" : "aliyun",
    method: incoming.method,
    scheme: scheme === "aliyun-none" ? "none" : scheme,
    action: reply.action,
    version: reply.version,
    operationId: reply.route?.id,
    signature: reply.verdict,
    status: reply.status,
    code: reply.code,
    durationMs: Math.round((performance.now() - started) * 100) / 100,
  });
  return { status: reply.status, headers: reply.headers, body: reply.body };
}

interface Outcome extends Reply {
  verdict: Verdict;
  action?: string;
  version?: string;
  route?: Route;
  code?: string;
}

async function dispatchAliyun(incoming: Incoming, scheme: Scheme, deps: DispatchDeps): Promise<Outcome> {
  const requestId = aliyunRequestId();
  const hostId = header(incoming, "host") ?? "";
  const isV3 = scheme === "acs3";
  const action = (isV3 ? header(incoming, "x-acs-action") : undefined) ?? param(incoming, "Action");
  const version = (isV3 ? header(incoming, "x-acs-version") : undefined) ?? param(incoming, "Version");
  let verdict: Verdict = "missing";
  let route: Route | undefined;
  // Not a closure: named closures cost a defineProperty per request under tsx (keepNames).
  const fail = failAliyun;
  try {
    if (incoming.method !== "GET" && incoming.method !== "POST") throw aliyunGateway.unsupportedMethod();
    if (!action) throw aliyunGateway.missingParameter("Action");
    if (!version) throw aliyunGateway.missingParameter("Version");
    route = deps.routes.aliyun(version, action);
    if (!route)
      throw deps.routes.isAliyunVersion(version)
        ? aliyunGateway.invalidAction()
        : aliyunGateway.invalidVersion();
    if (scheme === "aliyun-none") throw aliyunGateway.missingParameter("AccessKeyId");
    if (incoming.query === undefined)
      throw aliyunGateway.incompleteSignature("The query string is not well encoded.");
    const identity = isV3 ? verifyAcs3(incoming, deps.auth) : verifyRpcV1(incoming, deps.auth);
    verdict = "valid";
    const input = aliyunInput(incoming);
    const body = await invoke(route, input, identity, requestId, undefined, deps, wireFacts(incoming));
    return outcome(
      200,
      aliyunSuccess(requestId, body),
      requestId,
      verdict,
      action,
      version,
      route,
      undefined,
    );
  } catch (error) {
    if (error instanceof AuthFailure) {
      verdict = error.verdict;
      return fail(error.error, requestId, hostId, verdict, action, version, route);
    }
    if (error instanceof VendorError) return fail(error, requestId, hostId, verdict, action, version, route);
    if (error instanceof DropConnection) throw error;
    console.error("emulator: unexpected error", error);
    return fail(aliyunGateway.internal(), requestId, hostId, verdict, action, version, route);
  }
}

function failAliyun(
  error: VendorError,
  requestId: string,
  hostId: string,
  verdict: Verdict,
  action: string | undefined,
  version: string | undefined,
  route: Route | undefined,
): Outcome {
  const body = aliyunError(requestId, hostId, route?.product, error);
  return outcome(error.httpStatus, body, requestId, verdict, action, version, route, error.code);
}

function outcome(
  status: number,
  body: unknown,
  aliyunRequestIdHeader: string | undefined,
  verdict: Verdict,
  action: string | undefined,
  version: string | undefined,
  route: Route | undefined,
  code: string | undefined,
): Outcome {
  const headers: Record<string, string> = { "content-type": "application/json;charset=utf-8" };
  if (aliyunRequestIdHeader) headers["x-acs-request-id"] = aliyunRequestIdHeader;
  return { status, headers, body: JSON.stringify(body), verdict, action, version, route, code };
}

async function dispatchVolc(incoming: Incoming, deps: DispatchDeps): Promise<Outcome> {
  const requestId = volcRequestId(deps.clock.now());
  const action = incoming.query?.find(([k]) => k === "Action")?.[1];
  const version = incoming.query?.find(([k]) => k === "Version")?.[1];
  const meta: VolcMetadata = {
    RequestId: requestId,
    Action: action ?? "",
    Version: version ?? "",
    Service: "",
    Region: "",
  };
  let verdict: Verdict = "missing";
  let route: Route | undefined;
  const fail = (error: VendorError): Outcome => ({
    ...json(error.httpStatus, volcError(meta, error)),
    verdict,
    action,
    version,
    route,
    code: error.code,
  });
  try {
    if (incoming.method !== "GET" && incoming.method !== "POST") throw volcGateway.methodNotAllowed();
    if (!action) throw volcGateway.missingParameter("Action");
    if (!version) throw volcGateway.missingParameter("Version");
    const auth = parseVolcAuthorization(incoming);
    meta.Service = auth.service;
    meta.Region = auth.region;
    if (!deps.routes.isVolcService(auth.service)) throw volcGateway.serviceNotFound(auth.service);
    route = deps.routes.volc(auth.service, version, action);
    if (!route) throw volcGateway.invalidActionOrVersion(action, version);
    const identity = verifyVolc(incoming, auth, deps.auth);
    verdict = "valid";
    const result = await invoke(
      route,
      volcInput(incoming),
      identity,
      requestId,
      auth.region,
      deps,
      wireFacts(incoming),
    );
    return { ...json(200, volcSuccess(meta, result)), verdict, action, version, route };
  } catch (error) {
    if (error instanceof AuthFailure) {
      verdict = error.verdict;
      return fail(error.error);
    }
    if (error instanceof VendorError) return fail(error);
    if (error instanceof DropConnection) throw error;
    console.error("emulator: unexpected error", error);
    return fail(volcGateway.internal());
  }
}

/** Faults, then the product's handler — through the ClientToken memory for mutations. */
async function invoke(
  route: Route,
  input: Record<string, unknown>,
  identity: Identity,
  requestId: string,
  region: string | undefined,
  deps: DispatchDeps,
  wire: Pick<CallContext, "paramNames" | "bodyError"> = {},
): Promise<unknown> {
  const fault = deps.faults.match(route.action, route.id);
  if (fault) {
    if (fault.latencyMs > 0) await deps.sleep(fault.latencyMs);
    if (fault.drop) throw new DropConnection();
    if (fault.error) throw fault.error;
  }
  const entry = deps.handlers.get(route.id);
  if (!entry) {
    throw route.cloud === "aliyun"
      ? aliyunGateway.invalidAction()
      : volcGateway.invalidActionOrVersion(route.action, route.version);
  }
  const backend = deps.world.backend(entry.product.key);
  const call = {
    operationId: route.id,
    action: route.action,
    requestId,
    region: region ?? (typeof input.RegionId === "string" ? input.RegionId : undefined),
    accountId: identity.accountId,
    ...wire,
  };
  if (route.kind !== "mutation") return entry.handler(input, backend, call);
  if (entry.product.selfIdempotent?.includes(route.id)) {
    const result = entry.handler(input, backend, call);
    deps.world.changed();
    return result;
  }
  const token =
    typeof input.ClientToken === "string" && input.ClientToken !== "" ? input.ClientToken : undefined;
  const result = deps.world.idempotency.run(route.id, token, input, () =>
    entry.handler(input, backend, call),
  );
  deps.world.changed();
  return result;
}

function json(status: number, body: unknown, extra: Record<string, string> = {}): Reply {
  return {
    status,
    headers: { "content-type": "application/json;charset=utf-8", ...extra },
    body: JSON.stringify(body),
  };
}
