import { describe, expect, it } from "vitest";
import { stringifyChunked } from "./chunked-json";

async function collect(value: unknown, sliceMs?: number): Promise<{ text: string; parts: number }> {
  const parts: string[] = [];
  await stringifyChunked(value, async (p) => void parts.push(p), sliceMs);
  return { text: parts.join(""), parts: parts.length };
}

describe("stringifyChunked", () => {
  it("produces exactly JSON.stringify's output for nested worlds", async () => {
    const world = {
      format: 1,
      products: {
        cbn: {
          entries: Array.from({ length: 500 }, (_, i) => ({
            id: `e-${i}`,
            tags: [{ k: "a", v: i }],
            gone: undefined,
          })),
        },
        vpc: {
          map: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`ri-${i}`, { n: i, s: 'x"y' }])),
        },
        empty: {},
      },
      list: [1, "two", null, true, [], {}, undefined, () => 1, new Date(0)],
      deep: { a: { b: { c: { d: [{ e: [1, 2, { f: "g" }] }] } } } },
    };
    expect((await collect(world)).text).toBe(JSON.stringify(world));
  });

  it("yields between slices on large collections", async () => {
    const big = {
      products: { p: { rows: Array.from({ length: 20_000 }, (_, i) => ({ i, pad: "x".repeat(100) })) } },
    };
    const { text, parts } = await collect(big, 0);
    expect(parts).toBeGreaterThan(10);
    expect(JSON.parse(text)).toEqual(big);
  });
});
