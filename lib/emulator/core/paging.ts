import { VendorError } from "./vendor-error";

/**
 * The two Alibaba pagination styles (apis.md §1.4): NextToken/MaxResults (CEN, ECS) and
 * PageNumber/PageSize/TotalCount (VPC, GA). Tokens are opaque to clients; ours encode an offset.
 */
export interface TokenPage<T> {
  items: T[];
  /** Empty when this is the last page. */
  nextToken: string;
  maxResults: number;
  totalCount: number;
}

export function pageByToken<T>(all: T[], maxResults: number, nextToken: string | undefined): TokenPage<T> {
  const offset = nextToken ? decodeToken(nextToken) : 0;
  const items = all.slice(offset, offset + maxResults);
  const end = offset + items.length;
  return { items, nextToken: end < all.length ? encodeToken(end) : "", maxResults, totalCount: all.length };
}

export interface NumberedPage<T> {
  items: T[];
  pageNumber: number;
  pageSize: number;
  totalCount: number;
}

export function pageByNumber<T>(all: T[], pageNumber: number, pageSize: number): NumberedPage<T> {
  const start = (pageNumber - 1) * pageSize;
  return { items: all.slice(start, start + pageSize), pageNumber, pageSize, totalCount: all.length };
}

function encodeToken(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

function decodeToken(token: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) throw new VendorError(400, "InvalidParameter", "The specified NextToken is not valid.");
  return Number(match[1]);
}

/** Reads an optional integer parameter and checks its range, with the vendor's InvalidParameter. */
export function inRange(
  value: number | undefined,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (value < min || value > max) {
    throw new VendorError(
      400,
      "InvalidParameter",
      `The specified parameter "${name}" must be between ${min} and ${max}.`,
    );
  }
  return value;
}
