import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listTransitRouterMulticastGroupsMeta as op } from "@/lib/operations/cbn/list-transit-router-multicast-groups.meta";
import { allPagesOptions, MAX_PAGES } from "./all-pages";
import { tokenPaging } from "./paging";

afterEach(() => vi.unstubAllGlobals());

/** The proxy route answering `pages` pages of one item each, chained by NextToken; returns the inputs sent. */
function stubPages(pages: number) {
  const inputs: Record<string, unknown>[] = [];
  vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
    const { input } = JSON.parse(String(init.body)) as { input: Record<string, unknown> };
    inputs.push(input);
    const n = inputs.length;
    return Response.json({
      requestId: `req-${n}`,
      result: { TotalCount: pages, MaxResults: 1, NextToken: n < pages ? `t${n}` : undefined, Items: [n] },
    });
  });
  return inputs;
}

const readAll = () =>
  new QueryClient().fetchQuery(
    allPagesOptions(
      op,
      "cn-hangzhou",
      { MaxResults: 1 },
      tokenPaging(),
      (page) => (page as unknown as { Items: number[] }).Items,
    ),
  );

describe("allPagesOptions", () => {
  it("follows NextToken to the last page, keeping the first page's input", async () => {
    const inputs = stubPages(3);
    expect(await readAll()).toEqual({ items: [1, 2, 3], truncated: false });
    expect(inputs).toEqual([
      { MaxResults: 1 },
      { MaxResults: 1, NextToken: "t1" },
      { MaxResults: 1, NextToken: "t2" },
    ]);
  });

  it("stops after MAX_PAGES and says the list was longer", async () => {
    const inputs = stubPages(MAX_PAGES + 5);
    const all = await readAll();
    expect(inputs).toHaveLength(MAX_PAGES);
    expect(all.items).toHaveLength(MAX_PAGES);
    expect(all.truncated).toBe(true);
  });
});
