import { describe, expect, it } from "vitest";
import { numberPaging, tokenPaging } from "./paging";

describe("paging", () => {
  it("follows NextToken until it is absent", () => {
    const next = tokenPaging<{ NextToken?: string }>();
    expect(next({ NextToken: "abc" }, { MaxResults: 20 })).toEqual({ MaxResults: 20, NextToken: "abc" });
    expect(next({ NextToken: "" }, {})).toBeUndefined();
    expect(next({}, {})).toBeUndefined();
  });

  it("counts pages against TotalCount", () => {
    const next = numberPaging<{ PageNumber: number; PageSize: number; TotalCount: number }>();
    expect(next({ PageNumber: 1, PageSize: 10, TotalCount: 11 }, { PageSize: 10 })).toEqual({
      PageSize: 10,
      PageNumber: 2,
    });
    expect(next({ PageNumber: 2, PageSize: 10, TotalCount: 20 }, {})).toBeUndefined();
  });
});
