import type { Identity } from "../auth/identities";
import type { DispatchDeps } from "./dispatch-types";
import { aliyunGateway, volcGateway } from "./gateway-errors";
import type { ReplayRules } from "./idempotency";
import { own } from "./own-entries";
import type { AnyProduct, CallContext } from "./product";
import type { Route } from "./routes";

/**
 * The product's handler for the catalog id, with its call context; a mutation that takes a ClientToken goes through
 * the ClientToken memory (idempotency.ts), and every mutation marks the world changed (persisted later).
 */
export function callHandler(
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
