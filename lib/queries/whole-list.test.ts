import { afterEach, expect, it, vi } from "vitest";
import { stubOperations } from "@/components/testing/console-harness";
import { allInterfacesOptions, interfacesList } from "@/lib/data/router-interfaces/use-region-interfaces";
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
const whole = (region: string) => ({
  list: interfacesList(region),
  maxPages: MAX_PAGES,
  allKey: allInterfacesOptions(region).queryKey,
});

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
