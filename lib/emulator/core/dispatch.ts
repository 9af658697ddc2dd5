import { AuthFailure, type Verdict } from "../auth/auth-failure";
import type { Identity, IdentityBook } from "../auth/identities";
import { header, param, type Incoming } from "../auth/incoming";
import { verifyAcs3, verifyRpcV1 } from "../auth/verify-aliyun";
import { parseVolcAuthorization, verifyVolc } from "../auth/verify-volc";
import type { Clock } from "./clock";
import { aliyunError, aliyunSuccess, volcError, volcSuccess, type VolcMetadata } from "./envelopes";
import { DropConnection, type FaultRules } from "./faults";
import { aliyunGateway, volcGateway } from "./gateway-errors";
import type { ReplayRules } from "./idempotency";
import type { NonceStore } from "./nonce-store";
import { own } from "./own-entries";
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

/**
 * The cloud-API half of the emulator: classify → route → authenticate → faults → model → envelope.
 * Synchronous unless a fault adds latency or a handler returns a promise: the node server writes a plain Reply
 * straight away (no promise hops per request); `handleRaw` wraps either form in a promise.
 */
export function dispatch(incoming: Incoming, deps: DispatchDeps): Reply | Promise<Reply> {
  const started = performance.now();
  const scheme = classify(incoming, deps.routes);
  const reply = scheme === "volc" ? dispatchVolc(incoming, deps) : dispatchAliyun(incoming, scheme, deps);
  return reply instanceof Promise
    ? reply.then((settled) => logged(incoming, scheme, settled, started, deps))
    : logged(incoming, scheme, reply, started, deps);
}

function logged(
  incoming: Incoming,
  scheme: Scheme,
  reply: Outcome,
  started: number,
  deps: DispatchDeps,
): Reply {
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

/** What a refusal needs to know about how far the request got. */
interface AliyunProgress {
  requestId: string;
  hostId: string;
  action: string | undefined;
  version: string | undefined;
  verdict: Verdict;
  route: Route | undefined;
}

function dispatchAliyun(incoming: Incoming, scheme: Scheme, deps: DispatchDeps): Outcome | Promise<Outcome> {
  const isV3 = scheme === "acs3";
  const p: AliyunProgress = {
    requestId: aliyunRequestId(),
    hostId: header(incoming, "host") ?? "",
    action: (isV3 ? header(incoming, "x-acs-action") : undefined) ?? param(incoming, "Action"),
    version: (isV3 ? header(incoming, "x-acs-version") : undefined) ?? param(incoming, "Version"),
    verdict: "missing",
    route: undefined,
  };
  try {
    const { action, version } = p;
    if (incoming.method !== "GET" && incoming.method !== "POST") throw aliyunGateway.unsupportedMethod();
    if (!action) throw aliyunGateway.missingParameter("Action");
    if (!version) throw aliyunGateway.missingParameter("Version");
    const route = deps.routes.aliyun(version, action);
    p.route = route;
    if (!route)
      throw deps.routes.isAliyunVersion(version)
        ? aliyunGateway.invalidAction()
        : aliyunGateway.invalidVersion();
    if (scheme === "aliyun-none") throw aliyunGateway.missingParameter("AccessKeyId");
    if (incoming.query === undefined)
      throw aliyunGateway.incompleteSignature("The query string is not well encoded.");
    const identity = isV3 ? verifyAcs3(incoming, deps.auth) : verifyRpcV1(incoming, deps.auth);
    p.verdict = "valid";
    const input = aliyunInput(incoming);
    const body = invoke(route, input, identity, p.requestId, undefined, deps, wireFacts(incoming));
    if (body instanceof Promise) {
      return body.then((settled) => aliyunAnswer(p, settled)).catch((error) => aliyunRefusal(p, error));
    }
    return aliyunAnswer(p, body);
  } catch (error) {
    return aliyunRefusal(p, error);
  }
}

function aliyunAnswer(p: AliyunProgress, body: unknown): Outcome {
  const { requestId, verdict, action, version, route } = p;
  return outcome(200, aliyunSuccess(requestId, body), requestId, verdict, action, version, route, undefined);
}

/** Any error thrown on the way → the vendor's error envelope (a dropped connection is passed on). */
function aliyunRefusal(p: AliyunProgress, error: unknown): Outcome {
  if (error instanceof AuthFailure) {
    p.verdict = error.verdict;
    return failAliyun(error.error, p.requestId, p.hostId, p.verdict, p.action, p.version, p.route);
  }
  if (error instanceof VendorError)
    return failAliyun(error, p.requestId, p.hostId, p.verdict, p.action, p.version, p.route);
  if (error instanceof DropConnection) throw error;
  console.error("emulator: unexpected error", error);
  return failAliyun(aliyunGateway.internal(), p.requestId, p.hostId, p.verdict, p.action, p.version, p.route);
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

function dispatchVolc(incoming: Incoming, deps: DispatchDeps): Outcome | Promise<Outcome> {
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
  const fail = (error: VendorError): Outcome =>
    outcome(error.httpStatus, volcError(meta, error), undefined, verdict, action, version, route, error.code);
  const refuse = (error: unknown): Outcome => {
    if (error instanceof AuthFailure) {
      verdict = error.verdict;
      return fail(error.error);
    }
    if (error instanceof VendorError) return fail(error);
    if (error instanceof DropConnection) throw error;
    console.error("emulator: unexpected error", error);
    return fail(volcGateway.internal());
  };
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
    // A JSON-body API (Live) is POST only: a GET cannot carry its parameters. Query-style APIs (VPC) take both.
    if (route.style === "json-body" && incoming.method !== "POST") throw volcGateway.methodNotAllowed();
    const identity = verifyVolc(incoming, auth, deps.auth);
    verdict = "valid";
    const result = invoke(
      route,
      volcInput(incoming),
      identity,
      requestId,
      auth.region,
      deps,
      wireFacts(incoming),
    );
    const answer = (settled: unknown): Outcome =>
      outcome(200, volcSuccess(meta, settled), undefined, verdict, action, version, route, undefined);
    return result instanceof Promise ? result.then(answer).catch(refuse) : answer(result);
  } catch (error) {
    return refuse(error);
  }
}

/**
 * Faults, then the product's handler — through the ClientToken memory for mutations. Returns a promise only when
 * a fault adds latency or the handler itself returned one.
 */
function invoke(
  route: Route,
  input: Record<string, unknown>,
  identity: Identity,
  requestId: string,
  region: string | undefined,
  deps: DispatchDeps,
  wire: Pick<CallContext, "paramNames" | "bodyError"> = {},
): unknown {
  const fault = deps.faults.match(route.action, route.id);
  if (fault?.afterApply) {
    // The cloud applies the call; only its reply is slowed, replaced by an error or lost on the way back.
    const result = callHandler(route, input, identity, requestId, region, deps, wire);
    return Promise.resolve(result).then(async (settled) => {
      if (fault.latencyMs > 0) await deps.sleep(fault.latencyMs);
      if (fault.drop) throw new DropConnection();
      if (fault.error) throw fault.error;
      return settled;
    });
  }
  if (fault) {
    if (fault.latencyMs > 0) {
      const { drop, error } = fault;
      return deps.sleep(fault.latencyMs).then(() => {
        if (drop) throw new DropConnection();
        if (error) throw error;
        return callHandler(route, input, identity, requestId, region, deps, wire);
      });
    }
    if (fault.drop) throw new DropConnection();
    if (fault.error) throw fault.error;
  }
  return callHandler(route, input, identity, requestId, region, deps, wire);
}

function callHandler(
  route: Route,
  input: Record<string, unknown>,
  identity: Identity,
  requestId: string,
  region: string | undefined,
  deps: DispatchDeps,
  wire: Pick<CallContext, "paramNames" | "bodyError">,
): unknown {
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
  // Only operations that take a ClientToken deduplicate by it: a token sent to ConnectRouterInterface is an
  // unknown parameter the cloud ignores, and a repeat must meet the same IncorrectStatus it would in the cloud.
  const token =
    route.idempotent && typeof input.ClientToken === "string" && input.ClientToken !== ""
      ? input.ClientToken
      : undefined;
  const execute = () => entry.handler(input, backend, call);
  const result =
    token === undefined
      ? execute()
      : deps.world.idempotency.run(
          route.id,
          token,
          input,
          execute,
          replayRules(route, entry.product, backend, call),
        );
  deps.world.changed();
  return result;
}

/**
 * The product's vendor rules for a repeated token, bound to this call. A Volcengine region lives in the credential
 * scope, not in the parameters, so it is fingerprinted with them: the same token and parameters sent to another
 * region are another request (IdempotentParameterMismatch), not a replay of the first region's answer.
 */
function replayRules(route: Route, product: AnyProduct, backend: unknown, call: CallContext): ReplayRules {
  const rules = product.clientTokens ? own(product.clientTokens, route.id) : undefined;
  const replay = rules?.replay;
  return {
    scope: route.cloud === "volcengine" ? (call.region ?? "") : undefined,
    mismatch: rules?.mismatch,
    replay: replay && ((first, acceptedAt) => replay(first, acceptedAt, backend, call)),
  };
}
