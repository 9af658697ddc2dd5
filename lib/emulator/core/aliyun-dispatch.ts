import { AuthFailure, type Verdict } from "../auth/auth-failure";
import { header, param, type Incoming } from "../auth/incoming";
import { verifyAcs3, verifyRpcV1 } from "../auth/verify-aliyun";
import { outcome, type DispatchDeps, type Outcome } from "./dispatch-types";
import { aliyunError, aliyunSuccess } from "./envelopes";
import { DropConnection } from "./faults";
import { aliyunGateway } from "./gateway-errors";
import { invoke } from "./invoke";
import { aliyunRequestId } from "./request-ids";
import type { Route } from "./routes";
import { VendorError } from "./vendor-error";
import { aliyunInput, wireFacts } from "./wire-params";

/** How an Alibaba request is signed: V3 header, V1 parameters, or not at all. */
export type AliyunScheme = "acs3" | "rpc-v1" | "aliyun-none";

/** What a refusal needs to know about how far the request got. */
interface AliyunProgress {
  requestId: string;
  hostId: string;
  action: string | undefined;
  version: string | undefined;
  verdict: Verdict;
  route: Route | undefined;
}

/** Alibaba: gateway checks (method, Action, Version, route), V3 or V1 signature, then the model; vendor envelopes. */
export function dispatchAliyun(
  incoming: Incoming,
  scheme: AliyunScheme,
  deps: DispatchDeps,
): Outcome | Promise<Outcome> {
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
    return failAliyun(error.error, p);
  }
  if (error instanceof VendorError) return failAliyun(error, p);
  if (error instanceof DropConnection) throw error;
  console.error("emulator: unexpected error", error);
  return failAliyun(aliyunGateway.internal(), p);
}

function failAliyun(error: VendorError, p: AliyunProgress): Outcome {
  const body = aliyunError(p.requestId, p.hostId, p.route?.product, error);
  return outcome(error.httpStatus, body, p.requestId, p.verdict, p.action, p.version, p.route, error.code);
}
