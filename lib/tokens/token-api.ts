import type { CreateTokenInput, TokenSummary } from "./token-rules";

/**
 * The /settings/tokens page's calls to /api/tokens (browser-side, same origin: the session cookie goes along). A
 * refusal becomes a TokenApiError carrying the server's translated message and its field errors.
 */
export class TokenApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const text = await response.text();
  let data: { error?: { message?: string; fields?: { path: string; message: string }[] } } = {};
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  if (!response.ok)
    throw new TokenApiError(
      response.status,
      data.error?.message ?? `HTTP ${response.status}`,
      data.error?.fields,
    );
  return data as T;
}

export const TOKENS_KEY = ["tokens"] as const;

export const tokenApi = {
  list: (all: boolean) =>
    call<{ tokens: TokenSummary[] }>(all ? "/api/tokens?scope=all" : "/api/tokens").then((d) => d.tokens),
  create: (input: CreateTokenInput) =>
    call<{ token: TokenSummary; secret: string }>("/api/tokens", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    }),
  revoke: (id: string) =>
    call<{ revoked: boolean }>(`/api/tokens/${encodeURIComponent(id)}`, { method: "DELETE" }),
};
