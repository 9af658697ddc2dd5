import { header, param, type Incoming } from "../auth/incoming";
import { dispatchAliyun, type AliyunScheme } from "./aliyun-dispatch";
import type { DispatchDeps, Outcome, Reply } from "./dispatch-types";
import type { RouteTable } from "./routes";
import { dispatchVolc } from "./volc-dispatch";

type Scheme = AliyunScheme | "volc";

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
 * The cloud-API half of the emulator: classify → route → authenticate → faults → model → envelope, then one line
 * in the request log. Each cloud has its own module (aliyun-dispatch.ts, volc-dispatch.ts); faults are applied in
 * invoke.ts, the handler and the ClientToken memory in call-handler.ts. Synchronous unless a fault adds latency or
 * a handler returns a promise: the node server writes a plain Reply straight away (no promise hops per request);
 * `handleRaw` wraps either form in a promise.
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
