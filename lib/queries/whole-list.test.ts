import { afterEach, expect, it, vi } from "vitest";
import { stubOperations } from "@/components/testing/console-harness";
import {
  allInterfacesOptions,
  interfacesList,
  wholeInterfacesList as whole,
} from "@/lib/data/router-interfaces/use-region-interfaces";
import { MAX_PAGES } from "./all-pages";
import { operationPagesOptions } from "./operation-pages";
import { createQueryClient } from "./query-client";
import { readWholeList } from "./whole-list";

afterEach(() => vi.unstubAllGlobals());

/** A region with three pages of interfaces (one per page). */
const stubThreePages = () =>
  stubOperations(({ input }) => ({
    result: {
      RouterInterfaceSet: {
        RouterInterfaceType: [{ RouterInterfaceId: `ri-${String(input.PageNumber ?? 1)}` }],
      },
      PageNumber: Number(input.PageNumber ?? 1),
      PageSize: 1,
      TotalCount: 3,
    },
  }));

it("reads nothing when the page holds the whole list, and every page when it holds only the first", async () => {
  const calls = stubThreePages();
  const client = createQueryClient();
  const options = operationPagesOptions(interfacesList("cn-hangzhou"));
  await client.fetchInfiniteQuery({ ...options, pages: MAX_PAGES });
  expect(calls).toHaveLength(3);
  await readWholeList(client, whole("cn-hangzhou"), 30_000);
  expect(calls).toHaveLength(3);

  // A page scrolled only to its first page: the palette reads the list from the start, into the page's entry.
  await client.fetchInfiniteQuery(operationPagesOptions(interfacesList("cn-shanghai")));
  expect(calls).toHaveLength(4);
  await readWholeList(client, whole("cn-shanghai"), 30_000);
  expect(calls).toHaveLength(7);
  expect(
    client.getQueryData(operationPagesOptions(interfacesList("cn-shanghai")).queryKey)?.pages,
  ).toHaveLength(3);
});

it("reads nothing when the All regions view holds the list", async () => {
  const calls = stubThreePages();
  const client = createQueryClient();
  await client.fetchQuery(allInterfacesOptions("cn-beijing"));
  const held = calls.length;
  await readWholeList(client, whole("cn-beijing"), 30_000);
  expect(calls).toHaveLength(held);
});

it("does not call a list whole on the strength of a page fetch it joined", async () => {
  const calls = stubThreePages();
  const client = createQueryClient();
  // The list page is reading its first page when the palette asks for the whole list.
  const pageRead = client.fetchInfiniteQuery(operationPagesOptions(interfacesList("cn-qingdao")));
  await readWholeList(client, whole("cn-qingdao"), 30_000);
  await pageRead;
  const pages = client.getQueryData(operationPagesOptions(interfacesList("cn-qingdao")).queryKey)?.pages;
  expect(pages?.map((p) => p.RouterInterfaceSet.RouterInterfaceType[0]?.RouterInterfaceId)).toEqual([
    "ri-1",
    "ri-2",
    "ri-3",
  ]);
  // The page's first page, then the whole list once more.
  expect(calls).toHaveLength(4);
});
