/** Volcengine signing beyond the vectors: STS, the signed-header order and parsing an Authorization header. */
import { describe, expect, it } from "vitest";
import { canonicalHeaders, parseAuthorization, signVolc } from "./volc";

const DATE = new Date("2021-06-24T07:30:33Z");

describe("STS, header order, Authorization parsing", () => {
  it("adds and signs x-security-token", () => {
    const out = signVolc(
      { method: "GET", host: "h", query: { Action: "A", Version: "V" } },
      { accessKeyId: "ak", secretAccessKey: "sk", sessionToken: "tok" },
      { date: DATE, region: "cn-beijing", service: "vpc" },
    );
    expect(out["x-security-token"]).toBe("tok");
    expect(parseAuthorization(out.authorization)?.signedHeaders).toEqual([
      "host",
      "x-content-sha256",
      "x-date",
      "x-security-token",
    ]);
  });

  it("canonical headers follow the given (unsorted) order and collapse whitespace", () => {
    expect(canonicalHeaders({ b: "  x   y ", a: "1" }, ["B", "a"])).toBe("b:x y\na:1\n");
  });

  it("parses with or without the space after commas, rejects a bad scope", () => {
    const parsed = parseAuthorization(
      "HMAC-SHA256 Credential=AK/20210624/cn-beijing/vpc/request,SignedHeaders=host;x-date,Signature=ab",
    );
    expect(parsed).toMatchObject({
      accessKeyId: "AK",
      scope: "20210624/cn-beijing/vpc/request",
      shortDate: "20210624",
      region: "cn-beijing",
      service: "vpc",
      signedHeaders: ["host", "x-date"],
      signature: "ab",
    });
    expect(
      parseAuthorization("HMAC-SHA256 Credential=AK/20210624/cn-beijing/vpc, SignedHeaders=a, Signature=b"),
    ).toBeUndefined();
    expect(
      parseAuthorization("HMAC-SHA256 Credential=AK/20210624/cn-beijing/vpc/request, Signature=b"),
    ).toBeUndefined();
  });
});
