// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { renderInConsole, stubOperations } from "@/components/testing/console-harness";
import type { Locale } from "@/lib/i18n/locales";
import { MAX_DELETE_DESTINATIONS } from "@/lib/operations/ga/delete-custom-routing-endpoint-group-destinations.meta";
import { listCustomRoutingEndpointGroupDestinationsMeta } from "@/lib/operations/ga/list-custom-routing-endpoint-group-destinations.meta";
import { MAX_PAGES } from "@/lib/queries/all-pages";
import { DestinationsSection } from "./destinations-section";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const path = { acceleratorId: "ga-1", listenerId: "lsr-1", groupId: "epg-1" };

/** A group whose list answers every page full, with a TotalCount beyond what the walk follows. */
function stubGroupOf(total: number) {
  return stubOperations(({ id, input }) => {
    if (id !== listCustomRoutingEndpointGroupDestinationsMeta.id) throw new Error(`unexpected call ${id}`);
    const PageNumber = Number(input.PageNumber ?? 1);
    const PageSize = Number(input.PageSize);
    const first = (PageNumber - 1) * PageSize;
    const Destinations = Array.from({ length: Math.max(0, Math.min(PageSize, total - first)) }, (_, i) => ({
      AcceleratorId: "ga-1",
      ListenerId: "lsr-1",
      EndpointGroupId: "epg-1",
      DestinationId: `dst-${first + i}`,
      Protocols: ["TCP"],
      FromPort: first + i + 1,
      ToPort: first + i + 1,
    }));
    return { result: { PageNumber, PageSize, TotalCount: total, Destinations } };
  });
}

const section = <DestinationsSection path={path} deleteFailure={null} onDelete={() => {}} />;

it.each<[Locale, RegExp, RegExp]>([
  ["en", /Showing the first 500 destinations only/, /at least 500/],
  ["zh-CN", /仅显示前 500 条映射/, /至少 500 条/],
])(
  "%s: says the list is only the group's beginning when it has more pages than the walk reads",
  async (locale, note, count) => {
    const calls = stubGroupOf(10_000);
    renderInConsole(section, locale);
    expect(await screen.findByText(note)).toBeTruthy();
    expect(screen.getByText(count)).toBeTruthy();
    expect(calls).toHaveLength(MAX_PAGES);
  },
);

it("shows the plain total and no note when the walk read the whole group", async () => {
  stubGroupOf(120);
  renderInConsole(section);
  expect(await screen.findByText("120 in total")).toBeTruthy();
  expect(screen.queryByText(/Showing the first/)).toBeNull();
});

it("selects at most what one delete call takes when every row is selected", async () => {
  stubGroupOf(MAX_DELETE_DESTINATIONS + 20);
  renderInConsole(section);
  await screen.findByText(`${MAX_DELETE_DESTINATIONS + 20} in total`);
  fireEvent.click(screen.getByRole("checkbox", { name: "Select every row shown" }));
  expect(screen.getByRole("button", { name: `Delete selected (${MAX_DELETE_DESTINATIONS})` })).toBeTruthy();
});

it("zh-CN: the delete confirmation lists the chosen ids with Chinese list punctuation", async () => {
  stubGroupOf(3);
  renderInConsole(section, "zh-CN");
  await screen.findByText("共 3 条");
  fireEvent.click(screen.getByRole("checkbox", { name: "选择显示的全部行" }));
  fireEvent.click(screen.getByRole("button", { name: "删除所选（3）" }));
  expect(await screen.findByText(/中删除 dst-0、dst-1和dst-2 及其端口映射/)).toBeTruthy();
});
