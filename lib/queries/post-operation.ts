import type { ProxyErrorBody, ProxySuccessBody } from "@/lib/proxy/proxy-error";
import { OperationFailure } from "./operation-failure";

/** Browser → proxy route. Resolves with the cloud's result; rejects with an OperationFailure. */
export async function postOperation<Result>(
  operationId: string,
  region: string,
  input: unknown,
  signal?: AbortSignal,
): Promise<ProxySuccessBody<Result>> {
  let response: Response;
  try {
    response = await fetch(`/api/operations/${encodeURIComponent(operationId)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ region, input }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new OperationFailure(0, { source: "request", code: "NetworkError", message: String(error) });
  }
  const body = (await response.json().catch(() => null)) as ProxySuccessBody<Result> | ProxyErrorBody | null;
  if (response.ok && body && "result" in body) return body;
  const detail =
    body && "error" in body
      ? body.error
      : { source: "request" as const, code: `HTTP${response.status}`, message: response.statusText };
  throw new OperationFailure(response.status, detail);
}
