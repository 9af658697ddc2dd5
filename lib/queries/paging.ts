/** The two paging styles of these APIs (docs/cloud-apis.md §1.4): NextToken/MaxResults and PageNumber/PageSize/TotalCount. */

export type NextPage<Result> = (
  result: Result,
  input: Record<string, unknown>,
) => Record<string, unknown> | undefined;

export function tokenPaging<Result extends { NextToken?: string }>(): NextPage<Result> {
  return (result, input) => (result.NextToken ? { ...input, NextToken: result.NextToken } : undefined);
}

export function numberPaging<
  Result extends { PageNumber: number; PageSize: number; TotalCount: number },
>(): NextPage<Result> {
  return (result, input) =>
    result.PageNumber * result.PageSize < result.TotalCount
      ? { ...input, PageNumber: result.PageNumber + 1 }
      : undefined;
}
