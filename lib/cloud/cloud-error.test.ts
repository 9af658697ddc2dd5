import { describe, expect, it } from "vitest";
import {
  CloudError,
  parseAlibabaError,
  parseVolcengineError,
  sanitizeMessage,
  transportError,
} from "./cloud-error";

describe("parseAlibabaError (docs/cloud-apis.md §1.5 envelope)", () => {
  it("maps the JSON error envelope", () => {
    const body = {
      RequestId: "A9D3F5B4-1C7E-4F2B-9C1A-7E2D3B4C5D6E",
      HostId: "vpc.aliyuncs.com",
      Code: "IncorrectStatus",
      Message: "The router interface status is not Idle.",
      Recommend: "https://api.aliyun.com/troubleshoot?q=IncorrectStatus&product=Vpc&requestId=A9D3F5B4",
    };
    const err = parseAlibabaError(400, body, JSON.stringify(body))!;
    expect(err).toBeInstanceOf(CloudError);
    expect(err.toJSON()).toEqual({
      cloud: "aliyun",
      httpStatus: 400,
      code: "IncorrectStatus",
      message: "The router interface status is not Idle.",
      requestId: "A9D3F5B4-1C7E-4F2B-9C1A-7E2D3B4C5D6E",
    });
    expect(err.notSent).toBe(false);
  });

  it("is undefined for a 2xx answer", () => {
    expect(parseAlibabaError(200, { RequestId: "r" }, "")).toBeUndefined();
  });

  it("keeps DryRunOperation as an error with its code (callers decide it means success)", () => {
    const body = {
      RequestId: "r",
      Code: "DryRunOperation",
      Message: "Request validation has been passed with DryRun flag set.",
    };
    expect(parseAlibabaError(400, body, "")!.code).toBe("DryRunOperation");
  });

  it("cuts the V1 SignatureDoesNotMatch string-to-sign echo", () => {
    const body = {
      RequestId: "r1",
      HostId: "cbn.aliyuncs.com",
      Code: "SignatureDoesNotMatch",
      Message:
        "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&AccessKeyId%3Dtestid%26Action%3DRegister%26ClientToken%3Dtok",
    };
    const err = parseAlibabaError(400, body, JSON.stringify(body))!;
    expect(err.message).toBe("Specified signature is not matched with our calculation.");
    expect(err.message).not.toContain("AccessKeyId");
  });

  it("reads the XML error form and survives bodies that are neither", () => {
    const xml =
      "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>x-1</RequestId><HostId>ecs.aliyuncs.com</HostId><Code>Throttling.User</Code><Message>Request was denied due to user flow control.</Message></Error>";
    expect(parseAlibabaError(400, undefined, xml)!.toJSON()).toMatchObject({
      code: "Throttling.User",
      requestId: "x-1",
      message: "Request was denied due to user flow control.",
    });
    expect(parseAlibabaError(502, undefined, "<html>Bad Gateway</html>")!.toJSON()).toMatchObject({
      code: "HTTP502",
      httpStatus: 502,
      requestId: "",
    });
  });
});

describe("parseVolcengineError (docs/cloud-apis.md §5.3 envelope)", () => {
  it("maps a gateway error with CodeN", () => {
    const body = {
      ResponseMetadata: {
        RequestId: "20230604110420******",
        Action: "CreateTrafficMirrorSession",
        Version: "2020-04-01",
        Service: "vpc",
        Region: "cn-beijing",
        Error: {
          CodeN: 100010,
          Code: "SignatureDoesNotMatch",
          Message: "The request signature we calculated does not match the signature you provided.",
        },
      },
    };
    expect(parseVolcengineError(401, body)!.toJSON()).toEqual({
      cloud: "volcengine",
      httpStatus: 401,
      code: "SignatureDoesNotMatch",
      message: "The request signature we calculated does not match the signature you provided.",
      requestId: "20230604110420******",
    });
  });

  it("checks Error on a 200 answer (Live CommonErr)", () => {
    const body = {
      ResponseMetadata: {
        RequestId: "r-live",
        Action: "UpdateRelaySourceV3_1h0pbmhmb",
        Version: "2023-01-01",
        Service: "live",
        Region: "cn-north-1",
        Error: { Code: "CommonErr", Message: "unknown error" },
      },
    };
    expect(parseVolcengineError(200, body)!.toJSON()).toMatchObject({
      code: "CommonErr",
      httpStatus: 200,
      requestId: "r-live",
    });
  });

  it("is undefined for a clean success with or without Result", () => {
    expect(parseVolcengineError(200, { ResponseMetadata: { RequestId: "r" } })).toBeUndefined();
    expect(
      parseVolcengineError(200, { ResponseMetadata: { RequestId: "r" }, Result: { a: 1 } }),
    ).toBeUndefined();
  });

  it("maps a non-2xx without envelope", () => {
    expect(parseVolcengineError(503, undefined)!.toJSON()).toMatchObject({
      code: "HTTP503",
      httpStatus: 503,
      requestId: "",
    });
  });
});

describe("sanitizeMessage and transport errors", () => {
  it("redacts the given secrets wherever they appear", () => {
    const auth =
      "HMAC-SHA256 Credential=AK/20240115/cn-beijing/vpc/request, SignedHeaders=host, Signature=abcdef0123456789";
    const msg = `bad request: secret=super-secret-value header=${auth}`;
    const out = sanitizeMessage(msg, ["super-secret-value", auth, undefined, "ab"]);
    expect(out).not.toContain("super-secret-value");
    expect(out).not.toContain("abcdef0123456789");
    expect(out).toContain("bad request");
  });

  it("builds transport errors with the agreed codes and statuses", () => {
    expect(transportError("aliyun", "timeout", "t").toJSON()).toMatchObject({
      code: "RequestTimeout",
      httpStatus: 504,
      requestId: "",
    });
    expect(transportError("volcengine", "network", "n", true)).toMatchObject({
      code: "NetworkError",
      httpStatus: 502,
      notSent: true,
    });
    expect(transportError("aliyun", "aborted", "a").httpStatus).toBe(499);
  });
});
