import { AuthFailure, type Verdict } from "../auth/auth-failure";
import type { Incoming } from "../auth/incoming";
import { parseVolcAuthorization, verifyVolc } from "../auth/verify-volc";
import { outcome, type DispatchDeps, type Outcome } from "./dispatch-types";
import { volcError, volcSuccess, type VolcMetadata } from "./envelopes";
import { DropConnection } from "./faults";
import { volcGateway } from "./gateway-errors";
import { invoke } from "./invoke";
import { volcRequestId } from "./request-ids";
import type { Route } from "./routes";
import { VendorError } from "./vendor-error";
import { volcInput, wireFacts } from "./wire-params";

/**
 * Volcengine: gateway checks (method, Action, Version, service and route from the credential scope), the
 * HMAC-SHA256 signature, then the model; `ResponseMetadata` envelopes.
 */
export function dispatchVolc(incoming: Incoming, deps: DispatchDeps): Outcome | Promise<Outcome> {
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
