import { OperationFailure, type FailureDetail } from "./operation-failure";

/**
 * fetch() to one of the console's own routes (the proxy, the overview). Resolves with a 2xx response; rejects
 * with an OperationFailure — the `{ error }` body the route sent, its HTTP status, or `NetworkError` when the
 * server could not be reached — so every caller can show it in the error panel. A caller's abort stays an abort.
 */
export async function fetchRoute(url: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    // The request may have reached the server before the connection failed: nobody can say what it did.
    throw new OperationFailure(0, {
      source: "request",
      code: "NetworkError",
      message: String(error),
      outcome: "unknown",
    });
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as { error?: FailureDetail } | null;
  throw new OperationFailure(
    response.status,
    body?.error ?? {
      source: "request",
      code: `HTTP${response.status}`,
      message: response.statusText,
      outcome: "unknown",
    },
  );
}
