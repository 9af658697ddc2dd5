import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { collectOverview } from "@/lib/overview/collect-overview";
import { startConsoleHarness, type ConsoleHarness } from "@/lib/testing/console-harness";
import { ENGINES } from "@/lib/testing/test-databases";
import { GET } from "./route";

// The summary itself is lib/overview's subject; here only who may make the route read the clouds.
vi.mock("@/lib/overview/collect-overview", () => ({
  collectOverview: vi.fn(async () => ({ generatedAt: "t", kinds: [], failures: [] })),
}));

const get = (headers: Record<string, string>) =>
  GET(new Request("http://127.0.0.1:3000/api/overview", { headers: { host: "127.0.0.1:3000", ...headers } }));

describe.each(ENGINES)("GET /api/overview (%s)", (engine) => {
  let harness: ConsoleHarness;
  let viewer: string;
  beforeAll(async () => {
    harness = await startConsoleHarness(engine);
    viewer = (await harness.person("viewer")).cookie;
  });
  afterAll(() => harness.close());
  beforeEach(() => vi.mocked(collectOverview).mockClear());

  it("refuses another site, even with a session, without reading the clouds", async () => {
    const foreign: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { origin: "http://evil.example" },
    ];
    for (const headers of foreign) {
      const response = await get({ cookie: viewer, ...headers });
      expect(response.status).toBe(403);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toMatchObject({
        error: { source: "request", code: "CrossSiteRequest", outcome: "refused" },
      });
    }
    expect(collectOverview).not.toHaveBeenCalled();
  });

  it("answers 401 without a session and reads nothing", async () => {
    const response = await get({ "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { source: "auth", code: "Unauthenticated" } });
    expect(collectOverview).not.toHaveBeenCalled();
  });

  it("serves a signed-in viewer from the console's own pages and direct visits", async () => {
    const own: Record<string, string>[] = [
      { "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "none" },
      {},
    ];
    for (const headers of own) {
      const response = await get({ cookie: viewer, ...headers });
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(collectOverview).toHaveBeenCalledTimes(3);
  });

  it("reads only the kinds named in ?kinds=, and refuses an unknown kind with its field path", async () => {
    const at = (query: string) =>
      GET(
        new Request(`http://127.0.0.1:3000/api/overview${query}`, {
          headers: { host: "127.0.0.1:3000", cookie: viewer },
        }),
      );
    expect((await at("?kinds=mirrorSessions,routerInterfaces")).status).toBe(200);
    expect(vi.mocked(collectOverview).mock.calls[0]![0]).toMatchObject({
      kinds: ["mirrorSessions", "routerInterfaces"],
    });
    const refused = await at("?kinds=mirrorSessions,bogus");
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { source: "request", code: "InvalidInput", fields: [{ path: "kinds" }] },
    });
    expect(collectOverview).toHaveBeenCalledTimes(1);
  });

  it("refuses a repeated ?kinds= under its name, in the person's language, and reads nothing", async () => {
    const at = (cookie: string) =>
      GET(
        new Request("http://127.0.0.1:3000/api/overview?kinds=relaySources&kinds=mirrorSessions", {
          headers: { host: "127.0.0.1:3000", cookie },
        }),
      );
    const en = await at(viewer);
    expect(en.status).toBe(400);
    expect(await en.json()).toEqual({
      error: {
        source: "request",
        code: "InvalidInput",
        outcome: "refused",
        message: "The overview cannot read these kinds.",
        fields: [{ path: "kinds", message: "Give this parameter once." }],
      },
    });
    const zh = await at(`${viewer}; locale=zh-CN`);
    expect((await zh.json()).error.fields).toEqual([{ path: "kinds", message: "该参数只能出现一次。" }]);
    expect(collectOverview).not.toHaveBeenCalled();
  });
});
