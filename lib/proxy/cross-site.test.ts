import { describe, expect, it } from "vitest";
import { isCrossSite } from "./cross-site";

const request = (headers: Record<string, string>) => new Headers({ host: "127.0.0.1:3000", ...headers });

describe("isCrossSite", () => {
  it("allows same-origin browser requests and non-browser clients", () => {
    expect(isCrossSite(request({ "sec-fetch-site": "same-origin", origin: "http://127.0.0.1:3000" }))).toBe(
      false,
    );
    expect(isCrossSite(request({ "sec-fetch-site": "none" }))).toBe(false);
    expect(isCrossSite(request({}))).toBe(false);
  });

  it("refuses other sites by Sec-Fetch-Site or by Origin", () => {
    expect(isCrossSite(request({ "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSite(request({ "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSite(request({ origin: "http://evil.example" }))).toBe(true);
    expect(isCrossSite(request({ origin: "http://127.0.0.1:3001" }))).toBe(true);
    expect(isCrossSite(request({ origin: "null" }))).toBe(true);
  });
});
