import fc from "fast-check";
import { createRequire } from "node:module";
import type { NextConfig } from "next";
// The function Next's router builds a rewrite's matcher with, so this tests the rule as Next will apply it.
import { buildCustomRoute } from "next/dist/server/lib/router-utils/filesystem";
import { describe, expect, it } from "vitest";

const nextConfig = createRequire(import.meta.url)("../../next.config.js") as NextConfig;

async function malformedRoute() {
  const rewrites = await nextConfig.rewrites!();
  if (Array.isArray(rewrites)) throw new Error("expected beforeFiles rewrites");
  const [rule] = (rewrites.beforeFiles ?? []).filter((r) => r.destination === "/api/malformed-path");
  return buildCustomRoute("before_files_rewrite", rule!);
}

const decodes = (segment: string) => {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
};

describe("next.config.js: a path under /api/ that does not decode goes to the JSON 400", () => {
  it.each([
    ["operations/%", true],
    ["operations/%zz", true],
    ["operations/%ff", true],
    ["operations/%C0%AE%C0%AE", true],
    ["operations/100%", true],
    ["operations/%ED%A0%80", true], // a UTF-16 surrogate spelled in UTF-8
    ["operations/%F4%90%80%80", true], // past U+10FFFF
    ["operations/%E4%B8", true], // cut short
    ["nope/x/%zz", true],
    ["operations/aliyun.cbn.ListTransitRouterMulticastDomains", false],
    ["operations/aliyun%2Ecbn.X", false],
    ["operations/%e4%b8%ad", false],
    ["operations/%F0%9F%98%80", false],
    ["operations/%25zz", false],
    ["operations", false],
  ])("/api/%s → malformed: %s", async (path, malformed) => {
    const route = await malformedRoute();
    expect(Boolean(route.match(`/api/${path}`))).toBe(malformed);
    expect(decodes(path)).toBe(!malformed);
  });

  it("agrees with decodeURIComponent on generated paths", async () => {
    const route = await malformedRoute();
    const hex = fc.constantFrom(..."0123456789abcdefABCDEF".split(""));
    const byte = fc.tuple(hex, hex).map(([a, b]) => `%${a}${b}`);
    // Real UTF-8 escapes, stray bytes, a bare %, and ordinary path characters, in any order.
    const utf8 = fc.string({ unit: "grapheme", maxLength: 2 }).map((s) => encodeURIComponent(s));
    const piece = fc.oneof(utf8, byte, fc.constantFrom("%", "%z", "/", "a", "-", ".", "~"));
    const path = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(path, (tail) => {
        expect(Boolean(route.match(`/api/${tail}`))).toBe(!decodes(tail));
      }),
      { seed: 13, numRuns: 20_000 },
    );
  });

  it("leaves the console's pages alone", async () => {
    const route = await malformedRoute();
    expect(route.match("/ga-destinations/%zz")).toBe(false);
  });
});
