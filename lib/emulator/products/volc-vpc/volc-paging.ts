import { vpcErrors } from "./volc-vpc-errors";

/**
 * Volcengine VPC list paging: `MaxResults` (1–100, default 10 [L]) and an opaque `NextToken`; an empty NextToken
 * means the last page (apis.md §6.2). The token encodes the offset — opaque to callers, stable for the emulator.
 */
export const DEFAULT_MAX_RESULTS = 10;

export function parseMaxResults(raw: string | undefined, name = "MaxResults"): number {
  if (raw === undefined) return DEFAULT_MAX_RESULTS;
  const n = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || n < 1 || n > 100) {
    throw vpcErrors.InvalidParameter(`The specified parameter ${name} is invalid.`);
  }
  return n;
}

export function encodeToken(offset: number): string {
  return Buffer.from(`vpc-page:${offset}`).toString("base64url");
}

export function decodeToken(token: string | undefined): number {
  if (token === undefined) return 0;
  const match = /^vpc-page:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) throw vpcErrors["InvalidNextToken.Malformed"]();
  return Number(match[1]);
}

export function pageByToken<T>(
  items: readonly T[],
  maxResults: string | undefined,
  nextToken: string | undefined,
): { page: T[]; NextToken: string; offset: number; size: number } {
  const size = parseMaxResults(maxResults);
  const offset = decodeToken(nextToken);
  const page = items.slice(offset, offset + size);
  const end = offset + page.length;
  return { page, NextToken: end < items.length ? encodeToken(end) : "", offset, size };
}
