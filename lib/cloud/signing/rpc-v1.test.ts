import { describe, expect, it } from "vitest";
import { flattenParams } from "./flatten";
import {
  canonicalizedQuery,
  hmacSha1Base64,
  rpcV1CommonParams,
  signRpcV1,
  signature,
  stringToSign,
} from "./rpc-v1";

describe("A3 — official RPC V1 example (DescribeRegions)", () => {
  const params = {
    AccessKeyId: "testid",
    Action: "DescribeRegions",
    Format: "XML",
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
    SignatureVersion: "1.0",
    Timestamp: "2016-02-23T12:46:24Z",
    Version: "2014-05-26",
  };
  const expectedCanonical =
    "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26";

  it("stage: canonicalized query", () => {
    expect(canonicalizedQuery(params)).toBe(expectedCanonical);
  });

  it("stage: string to sign (query encoded twice)", () => {
    expect(stringToSign("GET", expectedCanonical)).toBe(
      "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26",
    );
  });

  it("signature for GET and POST", () => {
    expect(signature("testsecret", stringToSign("GET", expectedCanonical))).toBe(
      "OLeaidS1JvxuMvnyHOwuJ+uX5qY=",
    );
    expect(signRpcV1(params, "GET", "testsecret")).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    expect(signRpcV1(params, "POST", "testsecret")).toBe("MxbnVAM4w6sft9xjVpe/GCKueuk=");
  });

  it("common params builder reproduces the example's parameter set", () => {
    const common = rpcV1CommonParams({
      accessKeyId: "testid",
      action: "DescribeRegions",
      version: "2014-05-26",
      date: new Date("2016-02-23T12:46:24.700Z"),
      nonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
    });
    expect(signRpcV1({ ...common, Format: "XML" }, "GET", "testsecret")).toBe("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    expect(
      rpcV1CommonParams({
        accessKeyId: "a",
        action: "b",
        version: "c",
        date: new Date(0),
        nonce: "n",
        securityToken: "t",
      }),
    ).toMatchObject({ SecurityToken: "t", Format: "JSON" });
  });
});

describe("A4 — SDK getRPCSignature primitive", () => {
  it("empty method ⇒ string to sign begins with '&'", () => {
    expect(stringToSign("", canonicalizedQuery({ test: "ok" }))).toBe("&%2F&test%3Dok");
    expect(signRpcV1({ test: "ok" }, "", "accessKeySecret")).toBe("jHx/oHoHNrbVfhncHEvPdHXZwHU=");
  });
});

describe("A5 — base64 HMAC-SHA1 primitive (ROA)", () => {
  it("matches the SDK unit test", () => {
    expect(hmacSha1Base64("secret", "stringtosign")).toBe("OmuTAr79tpI6CRoAdmzKRq5lHs0=");
  });
});

describe("A7 — CEN RegisterTransitRouterMulticastGroupSources, POST", () => {
  const params = {
    AccessKeyId: "testid",
    Action: "RegisterTransitRouterMulticastGroupSources",
    Format: "json",
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
    SignatureVersion: "1.0",
    Timestamp: "2024-01-15T08:00:00Z",
    Version: "2017-09-12",
    ...flattenParams({
      ClientToken: "123e4567-e89b-12d3-a456-4266****",
      GroupIpAddress: "239.1.1.2",
      NetworkInterfaceIds: ["eni-p0w92o2wupc3c05t****", "eni-p0wexample0002****"],
      TransitRouterMulticastDomainId: "tr-mcast-domain-5mjb5gjb6dgu98****",
    }),
  };
  const expectedCanonical =
    "AccessKeyId=testid&Action=RegisterTransitRouterMulticastGroupSources&ClientToken=123e4567-e89b-12d3-a456-4266%2A%2A%2A%2A&Format=json&GroupIpAddress=239.1.1.2&NetworkInterfaceIds.1=eni-p0w92o2wupc3c05t%2A%2A%2A%2A&NetworkInterfaceIds.2=eni-p0wexample0002%2A%2A%2A%2A&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2024-01-15T08%3A00%3A00Z&TransitRouterMulticastDomainId=tr-mcast-domain-5mjb5gjb6dgu98%2A%2A%2A%2A&Version=2017-09-12";
  const expectedStringToSign =
    "POST&%2F&AccessKeyId%3Dtestid%26Action%3DRegisterTransitRouterMulticastGroupSources%26ClientToken%3D123e4567-e89b-12d3-a456-4266%252A%252A%252A%252A%26Format%3Djson%26GroupIpAddress%3D239.1.1.2%26NetworkInterfaceIds.1%3Deni-p0w92o2wupc3c05t%252A%252A%252A%252A%26NetworkInterfaceIds.2%3Deni-p0wexample0002%252A%252A%252A%252A%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2024-01-15T08%253A00%253A00Z%26TransitRouterMulticastDomainId%3Dtr-mcast-domain-5mjb5gjb6dgu98%252A%252A%252A%252A%26Version%3D2017-09-12";

  it("stage: canonicalized query", () => {
    expect(canonicalizedQuery(params)).toBe(expectedCanonical);
  });

  it("stage: string to sign", () => {
    expect(stringToSign("POST", expectedCanonical)).toBe(expectedStringToSign);
  });

  it("signature", () => {
    expect(signRpcV1(params, "POST", "testsecret")).toBe("fQI/qGHsfzJb6tVYJnRBOfUOFAI=");
  });

  it("negative: form-style encoding (* left as is) gives the documented wrong signature", () => {
    const formCanonical = new URLSearchParams(
      Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1)),
    ).toString();
    const wrong = signature("testsecret", stringToSign("POST", formCanonical));
    expect(wrong).toBe("BDYK3wM5FBngBpeytVA9yRfKBPQ=");
    expect(wrong).not.toBe("fQI/qGHsfzJb6tVYJnRBOfUOFAI=");
  });

  it("negative: HMAC key without the trailing '&' gives the documented wrong signature", () => {
    const wrong = hmacSha1Base64("testsecret", expectedStringToSign);
    expect(wrong).toBe("+u+471eOGXDuxu+FOowrOK/8nsE=");
    expect(wrong).not.toBe("fQI/qGHsfzJb6tVYJnRBOfUOFAI=");
  });
});
