import type { ProxySuccessBody } from "@/lib/proxy/proxy-error";
import { fetchRoute } from "./fetch-route";
import { OperationFailure } from "./operation-failure";

/** Browser → proxy route. Resolves with the cloud's result; rejects with an OperationFailure. */
export async function postOperation<Result>(
  operationId: string,
  region: string,
  input: unknown,
  signal?: AbortSignal,
): Promise<ProxySuccessBody<Result>> {
  const response = await fetchRoute(`/api/operations/${encodeURIComponent(operationId)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ region, input }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as ProxySuccessBody<Result> | null;
  if (body && "result" in body) return body;
  throw new OperationFailure(response.status, {
    source: "request",
    code: `HTTP${response.status}`,
    message: response.statusText,
    outcome: "unknown",
  });
}
