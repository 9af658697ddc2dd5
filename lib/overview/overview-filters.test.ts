import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/proxy/query-params";
import { overviewFilterSchema } from "./overview-filters";

const parse = (query: string, locale: "en" | "zh-CN" = "en") =>
  parseQuery(
    overviewFilterSchema,
    new URL(`http://127.0.0.1/api/overview${query}`),
    locale,
    "overview.error.kinds",
  );

describe("GET /api/overview's ?kinds=", () => {
  it("reads every kind when absent, and the named kinds in their order when given", () => {
    expect(parse("")).toEqual({ ok: true, params: {} });
    expect(parse("?kinds=mirrorSessions,routerInterfaces")).toEqual({
      ok: true,
      params: { kinds: ["mirrorSessions", "routerInterfaces"] },
    });
    // Other parameters are not the overview's business.
    expect(parse("?kinds=relaySources&x=1")).toEqual({ ok: true, params: { kinds: ["relaySources"] } });
  });

  it("refuses the first unknown kind under the field `kinds`, naming the known ones, in the person's language", async () => {
    const en = parse("?kinds=mirrorSessions,bogus,other");
    expect(en.ok).toBe(false);
    if (en.ok) return;
    expect(en.response.status).toBe(400);
    expect(await en.response.json()).toEqual({
      error: {
        source: "request",
        code: "InvalidInput",
        outcome: "refused",
        message: "The overview cannot read these kinds.",
        fields: [
          {
            path: "kinds",
            message:
              "Unknown kind “bogus”; known kinds: multicastSources, routerInterfaces, mirrorSessions, gaDestinations, relaySources.",
          },
        ],
      },
    });
    const zh = parse("?kinds=", "zh-CN");
    if (zh.ok) throw new Error("an empty kind was accepted");
    const body = await zh.response.json();
    expect(body.error.message).toBe("概览无法读取这些资源类型。");
    expect(body.error.fields).toMatchObject([
      { path: "kinds", message: expect.stringContaining("未知的资源类型“”") },
    ]);
  });
});
