// @vitest-environment jsdom
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { Command } from "cmdk";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cloudRefusal, renderInConsole, stubOperations } from "@/components/testing/console-harness";
import { useRegionSessions } from "@/lib/data/mirror-sessions/sessions-data";
import { useRegionInterfaces } from "@/lib/data/router-interfaces/use-region-interfaces";
import type { Locale } from "@/lib/i18n/locales";
import { REGIONS } from "@/lib/regions";
import { ResourceMatches } from "./resource-matches";

// cmdk measures its list and scrolls the active option into view; jsdom has neither.
beforeEach(() => {
  vi.stubGlobal(
    "ResizeObserver",
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  Element.prototype.scrollIntoView = () => {};
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const session = (id: string, name: string) => ({
  TrafficMirrorSessionId: id,
  TrafficMirrorSessionName: name,
  TrafficMirrorSourceIds: ["eni-1"],
  Status: "Active",
});
const routerInterface = (id: string) => ({ RouterInterfaceId: id, Role: "InitiatingSide", Status: "Active" });

/** The palette's matches, searched to the end; on `client` (the same tab's cache) when given. */
async function searchedPalette(client?: QueryClient): Promise<QueryClient> {
  const palette = (
    <Command label="palette">
      <Command.List>
        <ResourceMatches groupClass="" itemClass="" onOpen={() => {}} />
      </Command.List>
    </Command>
  );
  const rendered = renderInConsole(
    client ? <QueryClientProvider client={client}>{palette}</QueryClientProvider> : palette,
  );
  await waitFor(() => expect(screen.queryByTestId("palette-searching")).toBeNull());
  return rendered.client;
}

function renderPalette(onOpen = vi.fn(), locale: Locale = "en") {
  renderInConsole(
    <Command label="palette">
      <Command.Input aria-label="search" />
      <Command.List>
        <ResourceMatches groupClass="" itemClass="" onOpen={onOpen} />
      </Command.List>
    </Command>,
    locale,
  );
  return onOpen;
}

describe("the palette's search over every region", () => {
  it("finds sessions and interfaces in regions the tab never showed, with their region, and says which region failed", async () => {
    const calls = stubOperations(({ id, region }) => {
      if (id.endsWith("DescribeTrafficMirrorSessions")) {
        if (region === "cn-guangzhou") return cloudRefusal("Forbidden", "REQ-GZ", 403);
        return {
          result: {
            TrafficMirrorSessions: region === "cn-shanghai" ? [session("tms-shanghai1", "payments")] : [],
          },
        };
      }
      return {
        result: {
          RouterInterfaceSet: {
            RouterInterfaceType: region === "ap-southeast-1" ? [routerInterface("ri-singapore1")] : [],
          },
          PageNumber: 1,
          PageSize: 50,
          TotalCount: region === "ap-southeast-1" ? 1 : 0,
        },
      };
    });
    const onOpen = renderPalette();
    // Politely announced while the regions are read.
    expect(screen.getByTestId("palette-searching").textContent).toBe("Searching 6 region(s)…");

    const user = userEvent.setup();
    await user.type(screen.getByRole("combobox"), "tms-shang");
    const option = await screen.findByRole("option", { name: /tms-shanghai1/ });
    expect(option.textContent).toContain("cn-shanghai");
    expect(option.textContent).toContain("payments");
    await user.keyboard("{Enter}");
    expect(onOpen).toHaveBeenCalledWith("/mirror-sessions/cn-shanghai/tms-shanghai1");

    await user.clear(screen.getByRole("combobox"));
    await user.type(screen.getByRole("combobox"), "ri-singapore1");
    expect((await screen.findByRole("option", { name: /ri-singapore1/ })).textContent).toContain(
      "ap-southeast-1",
    );

    // One region's failure is named; the others' matches are there all the same.
    await waitFor(() => expect(screen.queryByTestId("palette-searching")).toBeNull());
    expect(screen.getByTestId("palette-unreadable").textContent).toBe(
      "Could not read: Mirror session · cn-guangzhou",
    );
    // Every region's list was read, each once.
    const reads = calls.map((c) => `${c.id.split(".").pop()} ${c.region}`);
    expect(new Set(reads).size).toBe(REGIONS.volcengine.length + REGIONS.aliyun.length);
    expect(reads).toHaveLength(new Set(reads).size);
  });

  it.each<[Locale, string]>([
    [
      "en",
      "Could not read: Mirror session · cn-beijing, Mirror session · cn-shanghai, and Mirror session · cn-guangzhou",
    ],
    ["zh-CN", "无法读取：镜像会话 · cn-beijing、镜像会话 · cn-shanghai和镜像会话 · cn-guangzhou"],
  ])("%s: names the unreadable lists with the language's list punctuation", async (locale, text) => {
    stubOperations(({ id, region }) =>
      id.endsWith("DescribeTrafficMirrorSessions")
        ? region === "ap-southeast-1"
          ? { result: { TrafficMirrorSessions: [] } }
          : cloudRefusal("Forbidden", "REQ-1", 403)
        : {
            result: {
              RouterInterfaceSet: { RouterInterfaceType: [] },
              PageNumber: 1,
              PageSize: 50,
              TotalCount: 0,
            },
          },
    );
    renderPalette(vi.fn(), locale);
    await waitFor(() => expect(screen.queryByTestId("palette-searching")).toBeNull());
    expect(screen.getByTestId("palette-unreadable").textContent).toBe(text);
  });

  it("does not read a region's list again while it is fresh", async () => {
    const calls = stubOperations(({ id }) =>
      id.endsWith("DescribeTrafficMirrorSessions")
        ? { result: { TrafficMirrorSessions: [] } }
        : {
            result: {
              RouterInterfaceSet: { RouterInterfaceType: [] },
              PageNumber: 1,
              PageSize: 50,
              TotalCount: 0,
            },
          },
    );
    const client = await searchedPalette();
    const first = calls.length;
    cleanup();
    // The palette opens again on the same tab (same query client): nothing is read twice.
    await searchedPalette(client);
    expect(calls.length).toBe(first);
  });

  it("reads no list a region's page already holds, and the page reads nothing the palette read", async () => {
    // cn-beijing's sessions come in two pages: the palette must see the page read them to the end.
    const calls = stubOperations(({ id, region, input }) =>
      id.endsWith("DescribeTrafficMirrorSessions")
        ? {
            result: {
              TrafficMirrorSessions: [session(input.NextToken ? "tms-2" : "tms-1", "s")],
              NextToken: region === "cn-beijing" && !input.NextToken ? "page-2" : undefined,
            },
          }
        : {
            result: {
              RouterInterfaceSet: { RouterInterfaceType: [] },
              PageNumber: 1,
              PageSize: 50,
              TotalCount: 0,
            },
          },
    );
    const reads = () => calls.map((c) => `${c.id.split(".").pop()} ${c.region}`);
    function RegionPages({ sessions, interfaces }: { sessions: string; interfaces: string }) {
      const { sessions: list } = useRegionSessions(sessions);
      const { items } = useRegionInterfaces(interfaces);
      return list.complete && items ? <p>pages read</p> : null;
    }
    const { client } = renderInConsole(<RegionPages sessions="cn-beijing" interfaces="cn-hangzhou" />);
    await screen.findByText("pages read");
    const byPages = reads();
    expect(byPages).toEqual([
      "DescribeTrafficMirrorSessions cn-beijing",
      "DescribeRouterInterfaces cn-hangzhou",
      "DescribeTrafficMirrorSessions cn-beijing",
    ]);

    cleanup();
    await searchedPalette(client);
    const byPalette = reads().slice(byPages.length);
    // Every other region once; the two lists the pages hold not at all.
    expect(byPalette).toHaveLength(REGIONS.volcengine.length + REGIONS.aliyun.length - 2);
    expect(byPalette).not.toContain("DescribeTrafficMirrorSessions cn-beijing");
    expect(byPalette).not.toContain("DescribeRouterInterfaces cn-hangzhou");

    // And the other way: a region's page opened now finds the palette's read.
    cleanup();
    const before = calls.length;
    renderInConsole(
      <QueryClientProvider client={client}>
        <RegionPages sessions="cn-shanghai" interfaces="cn-shenzhen" />
      </QueryClientProvider>,
    );
    await screen.findByText("pages read");
    expect(calls.length).toBe(before);
  });
});
