import { describe, expect, it } from "vitest";
import { createHmac } from "node:crypto";
import {
  buildAuthorization,
  canonicalHeaders,
  canonicalQuery,
  canonicalRequest,
  credentialScope,
  formatXDate,
  hashPayload,
  parseAuthorization,
  signVolc,
  signature,
  signingKey,
  signingKeyChain,
  stringToSign,
} from "./volc";

const E = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const AK = "AKLTEXAMPLEACCESSKEYID";
const SK = "EXAMPLESECRETKEY==";
const X_DATE = "20210624T073033Z";
const DATE = new Date("2021-06-24T07:30:33Z");

describe("B0 — signing-key chain", () => {
  it("VPC cn-beijing", () => {
    const k = signingKeyChain(SK, "20210624", "cn-beijing", "vpc");
    expect(k.kDate.toString("hex")).toBe("2ab2ec9ad1a1043fb01bde40bb9ac4ca7ae3128d46ef933d7b22fdd4eba3e304");
    expect(k.kRegion.toString("hex")).toBe(
      "1d347b39a93361569b3604ff2e330b7fd611bb1e25fd7783613fdd2f46b58858",
    );
    expect(k.kService.toString("hex")).toBe(
      "dfd58ab29df9e1e39645e4b7cca0a7608a1d7276a58ab0cc5c6fad2ce243f966",
    );
    expect(k.kSigning.toString("hex")).toBe(
      "a3c1507074e4254797b5d5ae115abe6c22d78c2002ee42131e832e6a624ce59f",
    );
  });

  it("Live cn-north-1", () => {
    const k = signingKeyChain(SK, "20210624", "cn-north-1", "live");
    expect(k.kDate.toString("hex")).toBe("2ab2ec9ad1a1043fb01bde40bb9ac4ca7ae3128d46ef933d7b22fdd4eba3e304");
    expect(k.kRegion.toString("hex")).toBe(
      "9bca58cc39db62e975700a1ea1733f694fc4e155bd446b68c2025daf46cc37dc",
    );
    expect(k.kService.toString("hex")).toBe(
      "16360e72c48139927b610d0152b35f4e6e32e355bdd1d642af5f8f15b645d30b",
    );
    expect(signingKey(SK, "20210624", "cn-north-1", "live").toString("hex")).toBe(
      "0fbc5530f46cfcfb67dbcfdc318f4bb2afeaa34a556612cf7339bf76aae1ed61",
    );
  });
});

describe("B1 — VPC CreateTrafficMirrorSession, GET", () => {
  const query = {
    Action: "CreateTrafficMirrorSession",
    Version: "2020-04-01",
    TrafficMirrorSessionName: "TM_Session_1",
    NetworkInterfaceId: "eni-bp1fgnh68xyz9****",
    TrafficMirrorTargetId: "tmt-35bvae1r7rv283dy2w2ll****",
    Priority: "1",
    TrafficMirrorFilterId: "tmf-bp1opxu1zkhn00123****",
    "Tags.1.Key": "k 1",
    "Tags.1.Value": "v*1~",
  };
  const expectedQuery =
    "Action=CreateTrafficMirrorSession&NetworkInterfaceId=eni-bp1fgnh68xyz9%2A%2A%2A%2A&Priority=1&Tags.1.Key=k%201&Tags.1.Value=v%2A1~&TrafficMirrorFilterId=tmf-bp1opxu1zkhn00123%2A%2A%2A%2A&TrafficMirrorSessionName=TM_Session_1&TrafficMirrorTargetId=tmt-35bvae1r7rv283dy2w2ll%2A%2A%2A%2A&Version=2020-04-01";
  const scope = "20210624/cn-beijing/vpc/request";

  it("stage: date, canonical query, scope", () => {
    expect(formatXDate(DATE)).toBe(X_DATE);
    expect(canonicalQuery(query)).toBe(expectedQuery);
    expect(credentialScope("20210624", "cn-beijing", "vpc")).toBe(scope);
  });

  describe("B1a — Node SDK header choice (x-date only)", () => {
    const expectedSig = "b06e95ae3fa43de9b53217894f3027ea291693e8c035e750befb3e409d7ae424";
    const cr = () =>
      canonicalRequest({
        method: "GET",
        canonicalUri: "/",
        canonicalQuery: canonicalQuery(query),
        canonicalHeaders: canonicalHeaders({ "X-Date": X_DATE }, ["x-date"]),
        signedHeaders: "x-date",
        payloadHash: E,
      });

    it("stage: canonical request and string to sign", () => {
      expect(cr()).toBe(`GET\n/\n${expectedQuery}\nx-date:${X_DATE}\n\nx-date\n${E}`);
      expect(stringToSign(X_DATE, scope, cr())).toBe(
        `HMAC-SHA256\n${X_DATE}\n${scope}\n37588e6e2dd21178f5080ea4bbd275ab251117006a5935e8eebe9a4b62b67c74`,
      );
    });

    it("signature and authorization", () => {
      const sig = signature(
        signingKey(SK, "20210624", "cn-beijing", "vpc"),
        stringToSign(X_DATE, scope, cr()),
      );
      expect(sig).toBe(expectedSig);
      expect(buildAuthorization({ accessKeyId: AK, scope, signedHeaders: "x-date", signature: sig })).toBe(
        `HMAC-SHA256 Credential=${AK}/${scope}, SignedHeaders=x-date, Signature=${expectedSig}`,
      );
      const out = signVolc(
        { method: "GET", host: "open.volcengineapi.com", query },
        { accessKeyId: AK, secretAccessKey: SK },
        { date: DATE, region: "cn-beijing", service: "vpc", signedHeaders: ["x-date"] },
      );
      expect(parseAuthorization(out.authorization)?.signature).toBe(expectedSig);
    });

    const signQuery = (q: string) =>
      signature(
        signingKey(SK, "20210624", "cn-beijing", "vpc"),
        stringToSign(
          X_DATE,
          scope,
          canonicalRequest({
            method: "GET",
            canonicalUri: "/",
            canonicalQuery: q,
            canonicalHeaders: `x-date:${X_DATE}\n`,
            signedHeaders: "x-date",
            payloadHash: E,
          }),
        ),
      );

    it("negative: form-style query (space → +, * kept, ~ kept) gives the documented wrong signature", () => {
      const form = expectedQuery.replace(/%20/g, "+").replace(/%2A/g, "*");
      expect(form).toContain("k+1");
      const wrong = signQuery(form);
      expect(wrong).toBe("dc0535aa41cad12b0953838ce31dbaf62ad1e8528cbbf1ccc867b5c201836bc9");
      expect(wrong).not.toBe(expectedSig);
    });

    it("negative: URLSearchParams output (which also turns ~ into %7E) does not match either", () => {
      const form = new URLSearchParams(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : 1))).toString();
      expect(form).toContain("v*1%7E");
      expect(signQuery(form)).not.toBe(expectedSig);
    });

    it("negative: AWS4-prefixed secret", () => {
      const wrong = signature(
        signingKey("AWS4" + SK, "20210624", "cn-beijing", "vpc"),
        stringToSign(X_DATE, scope, cr()),
      );
      expect(wrong).toBe("a0c05393518f72a16d6e2b90f03bcb723b07afe144c68f23318ab914f926a41c");
      expect(wrong).not.toBe(expectedSig);
    });

    it("negative: wrong region in the scope", () => {
      const wrongScope = credentialScope("20210624", "cn-north-1", "vpc");
      const wrong = signature(
        signingKey(SK, "20210624", "cn-north-1", "vpc"),
        stringToSign(X_DATE, wrongScope, cr()),
      );
      expect(wrong).toBe("71066b5aecac09079d36e37bc54a3a83b720b1ad8eb9072a45f1418944d920fd");
      expect(wrong).not.toBe(expectedSig);
    });

    it("negative: the signing key is not the raw secret", () => {
      const raw = createHmac("sha256", SK)
        .update(stringToSign(X_DATE, scope, cr()))
        .digest("hex");
      expect(raw).not.toBe(expectedSig);
    });
  });

  describe("B1b — host;x-content-sha256;x-date (the console's choice for GET)", () => {
    const expectedSig = "74a258341a5bbe6965e39eaf2dac55cf8dc03a026e9c7b5317497441615e875d";
    const headers = { Host: "open.volcengineapi.com", "X-Date": X_DATE, "X-Content-Sha256": E };

    it("stage: canonical headers, canonical request, string to sign, signature", () => {
      const names = ["host", "x-content-sha256", "x-date"];
      expect(canonicalHeaders(headers, names)).toBe(
        `host:open.volcengineapi.com\nx-content-sha256:${E}\nx-date:${X_DATE}\n`,
      );
      const cr = canonicalRequest({
        method: "GET",
        canonicalUri: "/",
        canonicalQuery: expectedQuery,
        canonicalHeaders: canonicalHeaders(headers, names),
        signedHeaders: names.join(";"),
        payloadHash: hashPayload(),
      });
      expect(cr).toBe(
        `GET\n/\n${expectedQuery}\nhost:open.volcengineapi.com\nx-content-sha256:${E}\nx-date:${X_DATE}\n\nhost;x-content-sha256;x-date\n${E}`,
      );
      const sts = stringToSign(X_DATE, scope, cr);
      expect(sts).toBe(
        `HMAC-SHA256\n${X_DATE}\n${scope}\n1c2fa1e8a66cd1b1fbf6e3a6b09a617e0173bc954b580b039d2d7aa403d59828`,
      );
      expect(signature(signingKey(SK, "20210624", "cn-beijing", "vpc"), sts)).toBe(expectedSig);
    });

    it("signVolc picks this set by default for a body-less request", () => {
      const out = signVolc(
        { method: "GET", host: "open.volcengineapi.com", query },
        { accessKeyId: AK, secretAccessKey: SK },
        { date: DATE, region: "cn-beijing", service: "vpc" },
      );
      expect(out.authorization).toBe(
        `HMAC-SHA256 Credential=${AK}/${scope}, SignedHeaders=host;x-content-sha256;x-date, Signature=${expectedSig}`,
      );
      expect(out["x-content-sha256"]).toBe(E);
      expect(out["x-date"]).toBe(X_DATE);
      expect(out).not.toHaveProperty("host");
      expect(out).not.toHaveProperty("content-type");
    });
  });
});

describe("B2 — Live UpdateRelaySourceV3, POST JSON", () => {
  const body =
    '{"Vhost":"push.example.com","App":"live","GroupDetails":[{"Group":"relay1","Servers":[{"RelaySourceProtocol":"rtmp","RelaySourceDomain":"example.org","RelaySourceParams":{"key1":"value1","key2":"value2"}}]}]}';
  const bodyHash = "f5b16bdcdd9040f037a0c57cf62bce5faa7db74a8a28e59e03987bfcdedb6f5b";
  const query = { Action: "UpdateRelaySourceV3", Version: "2023-01-01" };
  const scope = "20210624/cn-north-1/live/request";

  it("stage: body hash", () => {
    expect(hashPayload(body)).toBe(bodyHash);
    expect(hashPayload(Buffer.from(body))).toBe(bodyHash);
  });

  it("B2a — x-content-sha256;x-date (Node SDK choice)", () => {
    const names = ["x-content-sha256", "x-date"];
    const cr = canonicalRequest({
      method: "POST",
      canonicalUri: "/",
      canonicalQuery: canonicalQuery(query),
      canonicalHeaders: canonicalHeaders(
        { "Content-Type": "application/json", "X-Content-Sha256": bodyHash, "X-Date": X_DATE },
        names,
      ),
      signedHeaders: names.join(";"),
      payloadHash: bodyHash,
    });
    expect(cr).toBe(
      `POST\n/\nAction=UpdateRelaySourceV3&Version=2023-01-01\nx-content-sha256:${bodyHash}\nx-date:${X_DATE}\n\nx-content-sha256;x-date\n${bodyHash}`,
    );
    const sts = stringToSign(X_DATE, scope, cr);
    expect(sts).toBe(
      `HMAC-SHA256\n${X_DATE}\n${scope}\ncbb291675a73e7ee5dd2c77689c4969ae8f0e40691bb63a97b1a26637267895c`,
    );
    expect(signature(signingKey(SK, "20210624", "cn-north-1", "live"), sts)).toBe(
      "be79ac88cea72187a823d49b26c02f42596d8fc1123a70c3a3b06cf221e399a3",
    );
    const out = signVolc(
      { method: "POST", host: "live.volcengineapi.com", query, body, contentType: "application/json" },
      { accessKeyId: AK, secretAccessKey: SK },
      { date: DATE, region: "cn-north-1", service: "live", signedHeaders: names },
    );
    expect(out.authorization).toBe(
      `HMAC-SHA256 Credential=${AK}/${scope}, SignedHeaders=x-content-sha256;x-date, Signature=be79ac88cea72187a823d49b26c02f42596d8fc1123a70c3a3b06cf221e399a3`,
    );
  });

  it("B2b — content-type;host;x-content-sha256;x-date (the console's choice with a body)", () => {
    const expectedSig = "18d7d35628a22ffaea4c4b511d6bf327e3fa027f341895aec66ec11cbe1d92f2";
    const names = ["content-type", "host", "x-content-sha256", "x-date"];
    const cr = canonicalRequest({
      method: "POST",
      canonicalUri: "/",
      canonicalQuery: canonicalQuery(query),
      canonicalHeaders: canonicalHeaders(
        {
          "Content-Type": "application/json",
          Host: "live.volcengineapi.com",
          "X-Content-Sha256": bodyHash,
          "X-Date": X_DATE,
        },
        names,
      ),
      signedHeaders: names.join(";"),
      payloadHash: bodyHash,
    });
    const sts = stringToSign(X_DATE, scope, cr);
    expect(sts).toBe(
      `HMAC-SHA256\n${X_DATE}\n${scope}\n66c9ab8d4fad7d8203b39b6b98a9813e11285b0a77e249ae879e88f83f77814a`,
    );
    expect(signature(signingKey(SK, "20210624", "cn-north-1", "live"), sts)).toBe(expectedSig);
    const out = signVolc(
      { method: "POST", host: "live.volcengineapi.com", query, body, contentType: "application/json" },
      { accessKeyId: AK, secretAccessKey: SK },
      { date: DATE, region: "cn-north-1", service: "live" },
    );
    expect(out.authorization).toBe(
      `HMAC-SHA256 Credential=${AK}/${scope}, SignedHeaders=content-type;host;x-content-sha256;x-date, Signature=${expectedSig}`,
    );
    expect(out["content-type"]).toBe("application/json");
    expect(out["x-content-sha256"]).toBe(bodyHash);
  });
});
