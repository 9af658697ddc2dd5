import { beforeEach, describe, expect, it, vi } from "vitest";
import { collectOverview } from "@/lib/overview/collect-overview";
import { GET } from "./route";

// The summary itself is lib/overview's subject; here only whether the route reads the clouds at all.
vi.mock("@/lib/overview/collect-overview", () => ({
  collectOverview: vi.fn(async () => ({ generatedAt: "t", kinds: [], failures: [] })),
}));

const get = (headers: Record<string, string>) =>
  GET(new Request("http://127.0.0.1:3000/api/overview", { headers: { host: "127.0.0.1:3000", ...headers } }));

beforeEach(() => {
  vi.mocked(collectOverview).mockClear();
});

describe("GET /api/overview", () => {
  it("refuses another site (the proxy's same-origin rule) without reading the clouds", async () => {
    const foreign: Record<string, string>[] = [
      { "sec-fetch-site": "cross-site" },
      { origin: "http://evil.example" },
    ];
    for (const headers of foreign) {
      const response = await get(headers);
      expect(response.status).toBe(403);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({
        error: {
          source: "request",
          code: "CrossSiteRequest",
          message: "Cross-site requests are refused.",
          outcome: "refused",
        },
      });
    }
    expect(collectOverview).not.toHaveBeenCalled();
  });

  it("serves the console's own pages and direct visits", async () => {
    const own: Record<string, string>[] = [
      { "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "none" },
      {},
    ];
    for (const headers of own) {
      const response = await get(headers);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    expect(collectOverview).toHaveBeenCalledTimes(3);
  });
});
