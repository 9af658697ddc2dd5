/**
 * Calls better-auth's endpoints from the browser (same origin, the session cookie goes along). A plain fetch, not
 * better-auth's client: that client (nanostores, its fetch wrapper, the plugins' typings at run time) added ~37 kB
 * to every page's first load, over the budget, for six calls (docs/BENCHMARKS.md "First-load JS").
 */
export class AuthCallError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function authCall<T = unknown>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/auth${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? undefined : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? (JSON.parse(text) as { message?: string; error?: { message?: string } }) : {};
  if (!response.ok)
    throw new AuthCallError(
      response.status,
      data.message ?? data.error?.message ?? `HTTP ${response.status}`,
    );
  return data as T;
}
