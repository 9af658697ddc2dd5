import type { Identity } from "../auth/identities";
import { callHandler } from "./call-handler";
import type { DispatchDeps } from "./dispatch-types";
import { DropConnection } from "./faults";
import type { CallContext } from "./product";
import type { Route } from "./routes";

/**
 * Faults set through the control plane (latency, a vendor error, a dropped connection), then the product's handler
 * (call-handler.ts). Returns a promise only when a fault adds latency or the handler itself returned one.
 */
export function invoke(
  route: Route,
  input: Record<string, unknown>,
  identity: Identity,
  requestId: string,
  region: string | undefined,
  deps: DispatchDeps,
  wire: Pick<CallContext, "paramNames" | "bodyError"> = {},
): unknown {
  const fault = deps.faults.match(route.action, route.id);
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
