import type { Verdict } from "../auth/auth-failure";
import type { IdentityBook } from "../auth/identities";
import type { Clock } from "./clock";
import type { FaultRules } from "./faults";
import type { NonceStore } from "./nonce-store";
import type { AnyProduct, Handler } from "./product";
import type { RequestLog } from "./request-log";
import type { Route, RouteTable } from "./routes";
import type { World } from "./world";

/** What the HTTP server writes back. */
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

/** A reply plus what the request log records about how far the request got. */
export interface Outcome extends Reply {
  verdict: Verdict;
  action?: string;
  version?: string;
  route?: Route;
  code?: string;
}

/** A JSON reply; only Alibaba answers carry their RequestId as a header too. */
export function outcome(
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
