import { offsetTokens } from "../../core/paging";
import { vpcErrors } from "./volc-vpc-errors";

/**
 * Volcengine VPC list paging: `MaxResults` (1–100, default 10 [L]) and an opaque `NextToken`; an empty NextToken
 * means the last page (docs/cloud-apis.md §6.2). Slicing is core/paging's; the range rule, token tag and codes are these.
 */
export const DEFAULT_MAX_RESULTS = 10;
export const MAX_RESULTS = 100;

export const volcTokens = offsetTokens("vpc-page", () => vpcErrors["InvalidNextToken.Malformed"]());

export function parseMaxResults(raw: string | undefined, name = "MaxResults"): number {
  if (raw === undefined) return DEFAULT_MAX_RESULTS;
  const n = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || n < 1 || n > MAX_RESULTS) {
    throw vpcErrors.InvalidParameter(`The specified parameter ${name} is invalid.`);
  }
  return n;
}
