/** ACS3 beyond the vectors: STS headers, request bodies, the date format and parsing an Authorization header. */
import { describe, expect, it } from "vitest";
import { formatAcsDate, hashPayload, parseAuthorization, signAcs3 } from "./acs3";

describe("STS and bodies", () => {
  it("signs x-acs-security-token and x-acs-accesskey-id with STS credentials", () => {
    const out = signAcs3(
      { method: "POST", host: "vpc.aliyuncs.com", query: {}, action: "A", version: "V" },
      { accessKeyId: "STS.id", accessKeySecret: "s", securityToken: "tok" },
      { date: new Date(0), nonce: "n" },
    );
    expect(out["x-acs-security-token"]).toBe("tok");
    expect(out["x-acs-accesskey-id"]).toBe("STS.id");
    expect(parseAuthorization(out.authorization)?.signedHeaders).toEqual([
      "host",
      "x-acs-accesskey-id",
      "x-acs-action",
      "x-acs-content-sha256",
      "x-acs-date",
      "x-acs-security-token",
      "x-acs-signature-nonce",
      "x-acs-version",
    ]);
  });

  it("hashes and signs a body with its content-type", () => {
    const body = '{"a":"中"}';
    const out = signAcs3(
      {
        method: "POST",
        host: "h",
        query: {},
        action: "A",
        version: "V",
        body,
        contentType: "application/json",
      },
      { accessKeyId: "id", accessKeySecret: "s" },
      { date: new Date(0), nonce: "n" },
    );
    expect(out["x-acs-content-sha256"]).toBe(hashPayload(Buffer.from(body, "utf8")));
    expect(out["content-type"]).toBe("application/json");
    expect(parseAuthorization(out.authorization)?.signedHeaders[0]).toBe("content-type");
  });
});

describe("formatAcsDate / parseAuthorization", () => {
  it("drops milliseconds", () => {
    expect(formatAcsDate(new Date("2024-01-15T08:00:00.999Z"))).toBe("2024-01-15T08:00:00Z");
  });

  it("formats each second anew (the text is reused only within one second)", () => {
    expect(formatAcsDate(new Date("2024-01-15T08:00:00.001Z"))).toBe("2024-01-15T08:00:00Z");
    expect(formatAcsDate(new Date("2024-01-15T08:00:01.000Z"))).toBe("2024-01-15T08:00:01Z");
    expect(formatAcsDate(new Date("2024-01-15T08:00:00.500Z"))).toBe("2024-01-15T08:00:00Z");
    expect(formatAcsDate(new Date("1969-12-31T23:59:59.500Z"))).toBe("1969-12-31T23:59:59Z");
    expect(() => formatAcsDate(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("parses and rejects", () => {
    expect(
      parseAuthorization("ACS3-HMAC-SHA256 Credential=a,SignedHeaders=host;x-acs-date,Signature=ff"),
    ).toEqual({
      algorithm: "ACS3-HMAC-SHA256",
      accessKeyId: "a",
      signedHeaders: ["host", "x-acs-date"],
      signature: "ff",
    });
    expect(parseAuthorization("ACS3-HMAC-SHA256 Credential=a,Signature=ff")).toBeUndefined();
    expect(parseAuthorization("garbage")).toBeUndefined();
    expect(parseAuthorization(undefined)).toBeUndefined();
  });
});
