import { describe, expect, it } from "vitest";
import {
  buildAuthorization,
  canonicalHeaders,
  canonicalQuery,
  canonicalRequest,
  hashPayload,
  parseAuthorization,
  signAcs3,
  signature,
  stringToSign,
} from "./acs3";
import { flattenParams } from "./flatten";

const E = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

describe("A1 — official V3 example (ECS RunInstances)", () => {
  const query = { ImageId: "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd", RegionId: "cn-shanghai" };
  const headers = {
    host: "ecs.cn-shanghai.aliyuncs.com",
    "x-acs-action": "RunInstances",
    "x-acs-version": "2014-05-26",
    "x-acs-date": "2023-10-26T10:22:32Z",
    "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
    "x-acs-content-sha256": E,
  };
  const expectedCanonical = [
    "POST",
    "/",
    "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai",
    "host:ecs.cn-shanghai.aliyuncs.com",
    "x-acs-action:RunInstances",
    `x-acs-content-sha256:${E}`,
    "x-acs-date:2023-10-26T10:22:32Z",
    "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d",
    "x-acs-version:2014-05-26",
    "",
    "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
    E,
  ].join("\n");
  const expectedSignature = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";

  it("stage: payload hash", () => {
    expect(hashPayload()).toBe(E);
    expect(hashPayload("")).toBe(E);
    expect(hashPayload(new Uint8Array())).toBe(E);
  });

  it("stage: canonical query", () => {
    expect(canonicalQuery(query)).toBe(
      "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai",
    );
  });

  it("stage: canonical headers", () => {
    const h = canonicalHeaders({ ...headers, "user-agent": "x", accept: "application/json" });
    expect(h.signedHeaders).toBe(
      "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
    );
    expect(h.canonical.endsWith("x-acs-version:2014-05-26\n")).toBe(true);
  });

  it("stage: canonical request, string to sign, signature, authorization", () => {
    const h = canonicalHeaders(headers);
    const cr = canonicalRequest({
      method: "POST",
      canonicalUri: "/",
      canonicalQuery: canonicalQuery(query),
      canonicalHeaders: h.canonical,
      signedHeaders: h.signedHeaders,
      payloadHash: E,
    });
    expect(cr).toBe(expectedCanonical);
    const sts = stringToSign(cr);
    expect(sts).toBe("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
    const sig = signature("YourAccessKeySecret", sts);
    expect(sig).toBe(expectedSignature);
    expect(
      buildAuthorization({ accessKeyId: "YourAccessKeyId", signedHeaders: h.signedHeaders, signature: sig }),
    ).toBe(
      "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
    );
  });

  it("signAcs3 end to end", () => {
    const out = signAcs3(
      {
        method: "POST",
        host: "ecs.cn-shanghai.aliyuncs.com",
        query,
        action: "RunInstances",
        version: "2014-05-26",
      },
      { accessKeyId: "YourAccessKeyId", accessKeySecret: "YourAccessKeySecret" },
      { date: new Date("2023-10-26T10:22:32.456Z"), nonce: "3156853299f313e23d1673dc12e1703d" },
    );
    expect(out["x-acs-date"]).toBe("2023-10-26T10:22:32Z");
    expect(out["x-acs-content-sha256"]).toBe(E);
    expect(out).not.toHaveProperty("host");
    expect(parseAuthorization(out.authorization)?.signature).toBe(expectedSignature);
  });

  it("negative: the V1 habit (secret + '&') does not match", () => {
    const h = canonicalHeaders(headers);
    const sts = stringToSign(
      canonicalRequest({
        method: "POST",
        canonicalUri: "/",
        canonicalQuery: canonicalQuery(query),
        canonicalHeaders: h.canonical,
        signedHeaders: h.signedHeaders,
        payloadHash: E,
      }),
    );
    expect(signature("YourAccessKeySecret&", sts)).not.toBe(expectedSignature);
  });
});

describe("A2 — SDK unit test edge cases (empty value, duplicate header, empty path)", () => {
  const headers = { "x-acs-test": "http", "x-acs-TEST": "https" };
  const payload = "55e12e91650d2fec56ec74e1d3e4ddbfce2ef3a65890c2a19ecf88a307e76a23";

  it("stage: duplicate header names are lowercased, values sorted and joined with ','", () => {
    expect(canonicalHeaders(headers)).toEqual({
      canonical: "x-acs-test:http,https\n",
      signedHeaders: "x-acs-test",
    });
    // The same from raw pairs, in the other arrival order.
    expect(
      canonicalHeaders([
        ["X-Acs-Test", " https "],
        ["x-acs-test", "http"],
      ]).canonical,
    ).toBe("x-acs-test:http,https\n");
  });

  it("stage: canonical query in the SDK-source 'bare' style", () => {
    expect(canonicalQuery({ test: "ok", empty: "" }, { emptyValue: "bare" })).toBe("empty&test=ok");
    expect(canonicalQuery({ test: "ok", empty: "" })).toBe("empty=&test=ok");
  });

  it("full vector", () => {
    const h = canonicalHeaders(headers);
    const cr = canonicalRequest({
      method: "GET",
      canonicalUri: "",
      canonicalQuery: canonicalQuery({ test: "ok", empty: "" }, { emptyValue: "bare" }),
      canonicalHeaders: h.canonical,
      signedHeaders: h.signedHeaders,
      payloadHash: payload,
    });
    expect(cr).toBe(`GET\n\nempty&test=ok\nx-acs-test:http,https\n\nx-acs-test\n${payload}`);
    expect(stringToSign(cr)).toBe(
      "ACS3-HMAC-SHA256\n6b435f06891107d6837b9910ff2e913038c0c3733914b37c2d25e038c8e38f2e",
    );
    const auth = buildAuthorization({
      accessKeyId: "acesskey",
      signedHeaders: h.signedHeaders,
      signature: signature("secret", stringToSign(cr)),
    });
    expect(auth).toBe(
      "ACS3-HMAC-SHA256 Credential=acesskey,SignedHeaders=x-acs-test,Signature=da772425f29289d3460d5fc961455d40c5e8c6afd0888b78a910c991e6a14846",
    );
  });

  it("only host, content-type and x-acs-* are signed by default", () => {
    const h = canonicalHeaders({
      Host: "h",
      "Content-Type": "application/json",
      accept: "a",
      "user-agent": "u",
      authorization: "z",
      "x-other": "o",
      "x-acs-a": "1",
    });
    expect(h.signedHeaders).toBe("content-type;host;x-acs-a");
  });

  it("a verifier's explicit list is used in the given order", () => {
    expect(canonicalHeaders({ b: "2", a: "1", c: "3" }, ["B", "a"])).toEqual({
      canonical: "b:2\na:1\n",
      signedHeaders: "b;a",
    });
  });
});

describe("A6 — GA nested-array flattening, V3", () => {
  const input = {
    ClientToken: "123e4567-e89b-12d3-a456-426655440000",
    DestinationConfigurations: [{ FromPort: 80, Protocols: ["TCP", "UDP"], ToPort: 81 }],
    EndpointGroupId: "epg-bp14sz7ftcwwjgrdm****",
    RegionId: "cn-hangzhou",
  };
  const expectedQuery =
    "ClientToken=123e4567-e89b-12d3-a456-426655440000&DestinationConfigurations.1.FromPort=80&DestinationConfigurations.1.Protocols.1=TCP&DestinationConfigurations.1.Protocols.2=UDP&DestinationConfigurations.1.ToPort=81&EndpointGroupId=epg-bp14sz7ftcwwjgrdm%2A%2A%2A%2A&RegionId=cn-hangzhou";
  const expectedSignature = "264fd171ae744e5c32051fb5fe3fbf9ef624e8b20d6870c7ee8e6b467f8bb3ee";

  it("stage: flattened canonical query (`.` sorts before letters, * → %2A)", () => {
    expect(canonicalQuery(flattenParams(input))).toBe(expectedQuery);
  });

  it("stage: canonical request and string to sign, user-agent/accept unsigned", () => {
    const h = canonicalHeaders({
      host: "ga.cn-hangzhou.aliyuncs.com",
      "x-acs-action": "CreateCustomRoutingEndpointGroupDestinations",
      "x-acs-version": "2019-11-20",
      "x-acs-date": "2024-01-15T08:00:00Z",
      "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
      "x-acs-content-sha256": E,
      "user-agent": "AlibabaCloud (example) TeaDSL/2",
      accept: "application/json",
    });
    const cr = canonicalRequest({
      method: "POST",
      canonicalUri: "/",
      canonicalQuery: expectedQuery,
      canonicalHeaders: h.canonical,
      signedHeaders: h.signedHeaders,
      payloadHash: E,
    });
    expect(cr).toBe(
      [
        "POST",
        "/",
        expectedQuery,
        "host:ga.cn-hangzhou.aliyuncs.com",
        "x-acs-action:CreateCustomRoutingEndpointGroupDestinations",
        `x-acs-content-sha256:${E}`,
        "x-acs-date:2024-01-15T08:00:00Z",
        "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d",
        "x-acs-version:2019-11-20",
        "",
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version",
        E,
      ].join("\n"),
    );
    expect(stringToSign(cr)).toBe(
      "ACS3-HMAC-SHA256\n9632a1acdea31387a036d30a84ba9dfb5e7585175b76e62ac1a12aff9e8c4876",
    );
    expect(signature("YourAccessKeySecret", stringToSign(cr))).toBe(expectedSignature);
  });

  it("signAcs3 end to end", () => {
    const out = signAcs3(
      {
        method: "POST",
        host: "ga.cn-hangzhou.aliyuncs.com",
        query: flattenParams(input),
        action: "CreateCustomRoutingEndpointGroupDestinations",
        version: "2019-11-20",
      },
      { accessKeyId: "YourAccessKeyId", accessKeySecret: "YourAccessKeySecret" },
      { date: new Date("2024-01-15T08:00:00Z"), nonce: "3156853299f313e23d1673dc12e1703d" },
    );
    expect(out.authorization).toBe(
      `ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=${expectedSignature}`,
    );
  });

  it("negative: form-style encoding (* left as is) does not match", () => {
    const formQuery = new URLSearchParams(
      Object.entries(flattenParams(input)).sort(([a], [b]) => (a < b ? -1 : 1)),
    ).toString();
    expect(formQuery).toContain("****");
    const h = canonicalHeaders({
      host: "ga.cn-hangzhou.aliyuncs.com",
      "x-acs-action": "CreateCustomRoutingEndpointGroupDestinations",
      "x-acs-version": "2019-11-20",
      "x-acs-date": "2024-01-15T08:00:00Z",
      "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
      "x-acs-content-sha256": E,
    });
    const cr = canonicalRequest({
      method: "POST",
      canonicalUri: "/",
      canonicalQuery: formQuery,
      canonicalHeaders: h.canonical,
      signedHeaders: h.signedHeaders,
      payloadHash: E,
    });
    expect(signature("YourAccessKeySecret", stringToSign(cr))).not.toBe(expectedSignature);
  });
});
