import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseQuery } from "./query-params";

const loose = z.object({ kind: z.string().optional(), page: z.string().optional() });
const strict = z.strictObject(
  { kind: z.string().optional() },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "audit.filter.unknown" : undefined) },
);
const parse = (schema: z.ZodType, query: string, locale: "en" | "zh-CN" = "en") =>
  parseQuery(schema, new URL(`http://127.0.0.1/api/x${query}`), locale, "validation.invalidInput");
const refusalOf = async (parsed: ReturnType<typeof parse>) => {
  if (parsed.ok) throw new Error("accepted");
  expect(parsed.response.status).toBe(400);
  return (await parsed.response.json()).error;
};

describe("parseQuery: one rule for every GET API's query string", () => {
  it("refuses a repeated parameter under its name, in the person's language, whatever its values", async () => {
    expect(await refusalOf(parse(loose, "?kind=a&kind=b"))).toEqual({
      source: "request",
      code: "InvalidInput",
      outcome: "refused",
      message: "Some fields are not valid.",
      fields: [{ path: "kind", message: "Give this parameter once." }],
    });
    expect((await refusalOf(parse(loose, "?kind=a&page=1&kind=a", "zh-CN"))).fields).toEqual([
      { path: "kind", message: "该参数只能出现一次。" },
    ]);
  });

  it("names a repeated parameter once and still checks the others", async () => {
    expect((await refusalOf(parse(strict, "?kind=a&kind=b&kind=c&colour=red"))).fields).toEqual([
      { path: "kind", message: "Give this parameter once." },
      { path: "colour", message: "There is no such filter." },
    ]);
  });

  it("leaves unknown parameters to the schema: a z.object ignores them, a z.strictObject refuses them", async () => {
    expect(parse(loose, "?kind=a&x=1")).toEqual({ ok: true, params: { kind: "a" } });
    expect((await refusalOf(parse(strict, "?x=1"))).fields).toEqual([
      { path: "x", message: "There is no such filter." },
    ]);
  });
});
