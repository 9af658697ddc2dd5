import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/proxy/query-params";
import { feedFilterSchema } from "./feed-filters";

const parse = (query: string, locale: "en" | "zh-CN" = "en") =>
  parseQuery(
    feedFilterSchema,
    new URL(`http://127.0.0.1/api/operations-history${query}`),
    locale,
    "audit.filter.invalid",
  );

describe("GET /api/operations-history's ?since=", () => {
  it("is absent, or an instant in epoch milliseconds", () => {
    expect(parse("")).toEqual({ ok: true, params: {} });
    expect(parse("?since=0")).toEqual({ ok: true, params: { since: 0 } });
    expect(parse("?since=1765000000000")).toEqual({ ok: true, params: { since: 1765000000000 } });
  });

  it.each(["yesterday", "-1", "1.5", "9007199254740993"])(
    "refuses since=%s under the field `since`",
    async (since) => {
      const parsed = parse(`?since=${since}`);
      if (parsed.ok) throw new Error(`since=${since} was accepted`);
      expect(parsed.response.status).toBe(400);
      expect(await parsed.response.json()).toMatchObject({
        error: {
          code: "InvalidInput",
          message: "Some filters are not valid.",
          fields: [{ path: "since", message: expect.stringMatching(/milliseconds/) }],
        },
      });
    },
  );

  it("says why in the person's language", async () => {
    const parsed = parse("?since=yesterday", "zh-CN");
    if (parsed.ok) throw new Error("accepted");
    expect(await parsed.response.json()).toMatchObject({
      error: {
        message: "部分筛选条件无效。",
        fields: [{ path: "since", message: expect.stringContaining("毫秒") }],
      },
    });
  });
});
