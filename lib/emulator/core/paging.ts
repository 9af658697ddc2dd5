import { VendorError } from "./vendor-error";

/**
 * List paging (docs/cloud-apis.md §1.4, §6.2): NextToken/MaxResults (CEN, ECS, Volcengine VPC) and
 * PageNumber/PageSize/TotalCount (VPC, GA, Live). Products check their own ranges with their own codes; the
 * slicing and the tokens live here. Tokens are opaque to clients; ours encode an offset.
 */
export interface TokenPage<T> {
  items: T[];
  /** Empty when this is the last page. */
  nextToken: string;
  maxResults: number;
  totalCount: number;
}

/** How one vendor writes and reads its NextTokens. */
export interface OffsetTokens {
  encode(offset: number): string;
  /** Refuses a token we did not issue with the vendor's code. */
  decode(token: string): number;
}

/** Tokens are base64url(`<tag>:<offset>`): each vendor keeps its own tag, so tokens already issued stay valid. */
export function offsetTokens(tag: string, invalid: () => VendorError): OffsetTokens {
  const pattern = new RegExp(`^${tag}:(\\d{1,9})$`);
  return {
    encode: (offset) => Buffer.from(`${tag}:${offset}`).toString("base64url"),
    decode: (token) => {
      const match = pattern.exec(Buffer.from(token, "base64url").toString("utf8"));
      if (!match) throw invalid();
      return Number(match[1]);
    },
  };
}

/** Alibaba's (CEN, ECS): an unknown token is InvalidParameter. */
export const aliyunTokens = offsetTokens(
  "o",
  () => new VendorError(400, "InvalidParameter", "The specified NextToken is not valid."),
);

/** `size` items from `offset`; the token names where the next page starts. */
export function pageAt<T>(
  all: readonly T[],
  offset: number,
  size: number,
  tokens: OffsetTokens,
): TokenPage<T> {
  const items = all.slice(offset, offset + size);
  const end = offset + items.length;
  return {
    items,
    nextToken: end < all.length ? tokens.encode(end) : "",
    maxResults: size,
    totalCount: all.length,
  };
}

export function pageByToken<T>(
  all: readonly T[],
  maxResults: number,
  nextToken: string | undefined,
  tokens: OffsetTokens = aliyunTokens,
): TokenPage<T> {
  return pageAt(all, nextToken ? tokens.decode(nextToken) : 0, maxResults, tokens);
}

export interface NumberedPage<T> {
  items: T[];
  pageNumber: number;
  pageSize: number;
  totalCount: number;
}

export function pageByNumber<T>(all: readonly T[], pageNumber: number, pageSize: number): NumberedPage<T> {
  const start = (pageNumber - 1) * pageSize;
  return { items: all.slice(start, start + pageSize), pageNumber, pageSize, totalCount: all.length };
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
