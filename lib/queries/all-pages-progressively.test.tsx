// @vitest-environment jsdom
import { infiniteQueryOptions, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { useAllPagesProgressively } from "./all-pages-progressively";

interface Page {
  rows: string[];
  next?: number;
}

/** A list of `pages` pages of two rows, read one page per call; `failAt` answers that page with an error. */
function fakeList(pages: number, failAt?: number) {
  const calls: number[] = [];
  const options = infiniteQueryOptions({
    queryKey: ["fake", pages, failAt] as const,
    initialPageParam: 1,
    queryFn: async ({ pageParam }): Promise<Page> => {
      calls.push(pageParam);
      if (pageParam === failAt) throw new Error(`page ${pageParam} failed`);
      return {
        rows: [`r${pageParam}a`, `r${pageParam}b`],
        next: pageParam < pages ? pageParam + 1 : undefined,
      };
    },
    getNextPageParam: (last) => last.next,
    retry: false,
  });
  return { calls, options };
}

const rowsOf = (page: Page) => page.rows;

function walk(list: ReturnType<typeof fakeList>, maxPages?: number) {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  // Every state the caller renders, to see what a person sees while the walk goes on.
  const seen: { items: string[] | undefined; complete: boolean }[] = [];
  const hook = renderHook(
    () => {
      const result = useAllPagesProgressively(list.options, rowsOf, maxPages);
      seen.push({ items: result.items, complete: result.complete });
      return result;
    },
    { wrapper },
  );
  return { ...hook, seen };
}

describe("useAllPagesProgressively", () => {
  it("shows the first page's rows after one call, then walks to the list's end", async () => {
    const list = fakeList(4);
    const { result, seen } = walk(list);
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(seen.find((state) => state.items !== undefined)).toEqual({
      items: ["r1a", "r1b"],
      complete: false,
    });
    expect(result.current.items).toEqual(["r1a", "r1b", "r2a", "r2b", "r3a", "r3b", "r4a", "r4b"]);
    expect(result.current.truncated).toBe(false);
    expect(list.calls).toEqual([1, 2, 3, 4]);
  });

  it("stops at the page bound and says the list was longer", async () => {
    const list = fakeList(50);
    const { result } = walk(list, 3);
    await waitFor(() => expect(result.current.complete).toBe(true));
    expect(result.current.truncated).toBe(true);
    expect(result.current.items).toHaveLength(6);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list.calls).toEqual([1, 2, 3]);
  });

  it("stops on a failed page: the rows read stay, the error shows, the walk is not complete", async () => {
    const list = fakeList(5, 3);
    const { result } = walk(list);
    await waitFor(() => expect(result.current.error?.message).toBe("page 3 failed"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list.calls).toEqual([1, 2, 3]);
    expect(result.current.items).toEqual(["r1a", "r1b", "r2a", "r2b"]);
    expect(result.current.complete).toBe(false);
    expect(result.current.truncated).toBe(false);
  });
});
