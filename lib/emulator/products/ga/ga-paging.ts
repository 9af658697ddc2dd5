import { pageByNumber } from "../../core/paging";
import { gaErrors } from "./ga-errors";

/** GA list paging (docs/cloud-apis.md §4.3, §4.5): the range rule and wire names are GA's, the slicing core/paging's. */
export interface Page {
  PageNumber: number;
  PageSize: number;
}

export const MAX_PAGE_SIZE = 50;

/** PageNumber ≥ 1 (default 1), PageSize 1–50 (default 10). */
export function parsePage(pageNumber: string | undefined, pageSize: string | undefined): Page {
  const num = pageNumber === undefined ? 1 : Number(pageNumber);
  const size = pageSize === undefined ? 10 : Number(pageSize);
  if (!Number.isInteger(num) || num < 1)
    throw gaErrors.InvalidParameter("The specified parameter PageNumber is not valid.");
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw gaErrors.InvalidParameter("The specified parameter PageSize is not valid.");
  }
  return { PageNumber: num, PageSize: size };
}

export function paged<T>(items: readonly T[], page: Page): Page & { TotalCount: number; items: T[] } {
  const slice = pageByNumber(items, page.PageNumber, page.PageSize);
  return { ...page, TotalCount: slice.totalCount, items: slice.items };
}
