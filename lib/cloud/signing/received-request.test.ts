import { describe, expect, it } from "vitest";
import * as acs3 from "./acs3";
import { canonicalQueryString } from "./canonical-query";
import { signaturesEqual } from "./digest";
import { pairsFromRawHeaders, toHeaderMap } from "./header-list";
import {
  canonicalPath,
  parseQuery,
  recomputeAcs3,
  recomputeAcs3Parsed,
  recomputeRpcV1,
  recomputeVolc,
  recomputeVolcParsed,
  splitTarget,
} from "./received-request";
import { rpcV1CommonParams, signRpcV1 } from "./rpc-v1";
import * as volc from "./volc";

describe("splitTarget / parseQuery", () => {
  it("decodes pairs in arrival order, keeps + literal, reads a bare name as empty", () => {
    expect(splitTarget("/?b=%2A%20~&a=1+2&c")).toEqual({
      path: "/",
      query: [
        ["b", "* ~"],
        ["a", "1+2"],
        ["c", ""],
      ],
    });
    expect(splitTarget("")).toEqual({ path: "/", query: [] });
    expect(parseQuery("a=%zz")).toBeUndefined();
  });

  it("canonicalPath re-encodes segments", () => {
    expect(canonicalPath("/")).toBe("/");
    expect(canonicalPath("/a b/%7E*")).toBe("/a%20b/~%2A");
  });
});

describe("recompute from a received request", () => {
  const date = new Date("2024-01-15T08:00:00Z");

  it("Alibaba V3: matches what signAcs3 produced, fails when a byte changes", () => {
    const query = { RegionId: "cn-hangzhou", Name: "a b*~中" };
    const headers = acs3.signAcs3(
      { method: "POST", host: "127.0.0.1:8790", query, action: "A", version: "2016-04-28" },
      { accessKeyId: "id", accessKeySecret: "secret" },
      { date, nonce: "n1" },
    );
    const rawHeaders = ["Host", "127.0.0.1:8790", ...Object.entries(headers).flat(), "accept", "*/*"];
    const received = {
      method: "POST",
      url: "/?" + canonicalQueryString(query),
      headers: pairsFromRawHeaders(rawHeaders),
      body: "",
    };
    const parsed = acs3.parseAuthorization(headers.authorization)!;
    const again = recomputeAcs3(received, "secret", parsed.signedHeaders)!;
    expect(signaturesEqual(again.signature, parsed.signature)).toBe(true);
    expect(recomputeAcs3({ ...received, body: "x" }, "secret", parsed.signedHeaders)!.signature).not.toBe(
      parsed.signature,
    );
    expect(
      recomputeAcs3({ ...received, url: received.url + "&X=1" }, "secret", parsed.signedHeaders)!.signature,
    ).not.toBe(parsed.signature);
    expect(recomputeAcs3({ ...received, url: "/?a=%zz" }, "secret", parsed.signedHeaders)).toBeUndefined();
    // The parsed form (what the emulator hands over after splitting the request once) gives the same result.
    const target = splitTarget(received.url);
    const split = {
      ...received,
      path: target.path,
      query: target.query!,
      headers: toHeaderMap(received.headers),
    };
    expect(recomputeAcs3Parsed(split, "secret", parsed.signedHeaders)).toEqual(again);
  });

  it("Volcengine: matches what signVolc produced, with the scope from the Authorization header", () => {
    const query = { Action: "UpdateRelaySourceV3", Version: "2023-01-01" };
    const body = JSON.stringify({ Vhost: "v", App: "中 *" });
    const headers = volc.signVolc(
      { method: "POST", host: "live.volcengineapi.com", query, body, contentType: "application/json" },
      { accessKeyId: "ak", secretAccessKey: "sk" },
      { date, region: "cn-north-1", service: "live" },
    );
    const parsed = volc.parseAuthorization(headers.authorization)!;
    const received = {
      method: "POST",
      url: "/?Action=UpdateRelaySourceV3&Version=2023-01-01",
      headers: { ...headers, host: "live.volcengineapi.com" },
      body: Buffer.from(body),
    };
    expect(recomputeVolc(received, "sk", parsed)!.signature).toBe(parsed.signature);
    expect(recomputeVolc(received, "other", parsed)!.signature).not.toBe(parsed.signature);
    const target = splitTarget(received.url);
    const split = {
      ...received,
      path: target.path,
      query: target.query!,
      headers: toHeaderMap(received.headers),
    };
    expect(recomputeVolcParsed(split, "sk", parsed)).toEqual(recomputeVolc(received, "sk", parsed));
    expect(
      recomputeVolc(
        { ...received, headers: { ...received.headers, "content-type": "text/plain" } },
        "sk",
        parsed,
      )!.signature,
    ).not.toBe(parsed.signature);
  });

  it("Alibaba V1: query + form body (vector A7 sent as in the vectors file)", () => {
    const body =
      "AccessKeyId=testid&Action=RegisterTransitRouterMulticastGroupSources&ClientToken=123e4567-e89b-12d3-a456-4266%2A%2A%2A%2A&Format=json&GroupIpAddress=239.1.1.2&NetworkInterfaceIds.1=eni-p0w92o2wupc3c05t%2A%2A%2A%2A&NetworkInterfaceIds.2=eni-p0wexample0002%2A%2A%2A%2A&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0&Timestamp=2024-01-15T08%3A00%3A00Z&TransitRouterMulticastDomainId=tr-mcast-domain-5mjb5gjb6dgu98%2A%2A%2A%2A&Version=2017-09-12&Signature=fQI%2FqGHsfzJb6tVYJnRBOfUOFAI%3D";
    const out = recomputeRpcV1(
      { method: "POST", url: "/", headers: { "content-type": "application/x-www-form-urlencoded" }, body },
      "testsecret",
    )!;
    expect(out.signature).toBe("fQI/qGHsfzJb6tVYJnRBOfUOFAI=");
    expect(out.receivedSignature).toBe("fQI/qGHsfzJb6tVYJnRBOfUOFAI=");
    expect(out.params.some(([n]) => n === "Signature")).toBe(false);
  });

  it("Alibaba V1: GET with everything in the query", () => {
    const params = {
      ...rpcV1CommonParams({ accessKeyId: "id", action: "A", version: "V", date, nonce: "n" }),
      Name: "x y*",
    };
    const sig = signRpcV1(params, "GET", "s");
    const url = "/?" + canonicalQueryString({ ...params, Signature: sig });
    const out = recomputeRpcV1({ method: "GET", url, headers: {}, body: "" }, "s")!;
    expect(out.signature).toBe(sig);
    expect(out.receivedSignature).toBe(sig);
  });
});
