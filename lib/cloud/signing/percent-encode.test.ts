import { describe, expect, it } from "vitest";
import { percentDecode, percentEncode } from "./percent-encode";

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

  it("rejects a lone surrogate instead of signing something the server cannot decode", () => {
    expect(() => percentEncode("\ud800")).toThrow(URIError);
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
