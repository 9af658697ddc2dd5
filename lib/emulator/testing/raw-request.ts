import type { RawRequest } from "../auth/incoming";

/** A web Request as the server would receive it (request-target, header pairs incl. host, body bytes). */
export async function toRaw(request: Request): Promise<RawRequest> {
  const url = new URL(request.url);
  const headers: Array<[string, string]> = [["host", url.host]];
  request.headers.forEach((value, name) => headers.push([name, value]));
  return {
    method: request.method,
    url: url.pathname + url.search,
    headers,
    body: Buffer.from(await request.arrayBuffer()),
  };
}

/** Replaces the value of one header (by lowercase name) in a raw request. */
export function withHeader(raw: RawRequest, name: string, value: string): RawRequest {
  return { ...raw, headers: raw.headers.map(([n, v]) => (n.toLowerCase() === name ? [n, value] : [n, v])) };
}

/** Replaces the value of one query parameter (matching the raw `name=`), keeping the rest byte for byte. */
export function withQueryParam(raw: RawRequest, name: string, value: string): RawRequest {
  const [path, query = ""] = raw.url.split("?");
  const parts = query
    .split("&")
    .map((part) => (part.startsWith(`${name}=`) ? `${name}=${encodeURIComponent(value)}` : part));
  return { ...raw, url: `${path}?${parts.join("&")}` };
}

export function queryNames(raw: RawRequest): string[] {
  const query = raw.url.split("?")[1] ?? "";
  return query
    .split("&")
    .filter(Boolean)
    .map((p) => decodeURIComponent(p.split("=")[0]!));
}

/** A different but plausible value of the same shape, so only the signature can notice. */
export function tweak(value: string): string {
  if (/\d$/.test(value)) return value.slice(0, -1) + String((Number(value.at(-1)) + 1) % 10);
  return value.slice(0, -1) + (value.at(-1) === "a" ? "b" : "a");
}
