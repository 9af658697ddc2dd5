import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentDecode, percentEncode } from "./percent-encode";

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

describe("percentEncode (RFC 3986)", () => {
  it("keeps exactly the unreserved set", () => {
    const unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
    expect(percentEncode(unreserved)).toBe(unreserved);
  });

  it("encodes space as %20, * as %2A and the other sub-delims", () => {
    expect(percentEncode("a b")).toBe("a%20b");
    expect(percentEncode("epg-****")).toBe("epg-%2A%2A%2A%2A");
    expect(percentEncode("!'()*")).toBe("%21%27%28%29%2A");
    expect(percentEncode(":/?#[]@$&+,;=%")).toBe("%3A%2F%3F%23%5B%5D%40%24%26%2B%2C%3B%3D%25");
  });

  it("encodes UTF-8 bytes with uppercase hex", () => {
    expect(percentEncode("中文")).toBe("%E4%B8%AD%E6%96%87");
    expect(percentEncode("é")).toBe("%C3%A9");
    expect(percentEncode("😀")).toBe("%F0%9F%98%80");
  });

  it("never throws: a lone surrogate is sent as U+FFFD, exactly what was signed", () => {
    expect(percentEncode("ri-\ud800")).toBe("ri-%EF%BF%BD");
    expect(percentEncode("\udc00*")).toBe("%EF%BF%BD%2A");
    expect(percentEncode("😀\ud83d")).toBe("%F0%9F%98%80%EF%BF%BD");
    fc.assert(
      fc.property(fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)) }), (s) => {
        const encoded = percentEncode(s);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(s.replace(LONE, "\ufffd"));
      }),
      { seed: 13, numRuns: 2_000 },
    );
  });

  it("encodes every non-unreserved ASCII character", () => {
    for (let c = 0; c < 128; c++) {
      const ch = String.fromCharCode(c);
      const expected = /[A-Za-z0-9\-_.~]/.test(ch) ? ch : "%" + c.toString(16).toUpperCase().padStart(2, "0");
      expect(percentEncode(ch)).toBe(expected);
    }
  });
});

describe("percentDecode", () => {
  it("round-trips and keeps + literal", () => {
    expect(percentDecode(percentEncode("k 1*~中"))).toBe("k 1*~中");
    expect(percentDecode("a+b")).toBe("a+b");
  });

  it("returns undefined for a malformed escape", () => {
    expect(percentDecode("%E4%B8")).toBeUndefined();
    expect(percentDecode("%zz")).toBeUndefined();
  });
});
