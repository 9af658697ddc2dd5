/**
 * Property-based cross-check against the official SDKs' own signing functions (dev dependencies, tests only;
 * call shapes from shared/docs/toolchain.md §5). Each property runs RUNS generated requests.
 */
import OpenApiUtil from "@alicloud/openapi-util";
import * as $tea from "@alicloud/tea-typescript";
import VolcSigner from "@volcengine/openapi/lib/base/sign";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as acs3 from "./acs3";
import { flattenParams } from "./flatten";
import { signRpcV1 } from "./rpc-v1";
import * as volc from "./volc";

const RUNS = 1000;
const counted = { v3: 0, v3Stages: 0, v1: 0, v1Flat: 0, volc: 0 };

// Values: unicode (incl. Chinese and astral), reserved characters, spaces, `*`, `~`, empty strings.
const RESERVED = [..." !\"#$%&'()*+,/:;<=>?@[\\]^`{|}~-_."];
const value = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.string({ unit: fc.constantFrom(...RESERVED, "中", "文", "é", "😀", "a", "Z", "0"), maxLength: 12 }),
  fc.constantFrom("", "a b", "*", "~", "k 1", "v*1~", "中文 名称", "%20", "+", "&=?", "epg-****"),
);
const nonEmptyValue = value.filter((v) => v !== "");
// RPC parameter names are ASCII identifiers; the Alibaba SDK does not encode names, so only such names are comparable.
const name = fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,10}$/);
const scalar = fc.oneof(nonEmptyValue, fc.integer({ min: 0, max: 65535 }), fc.boolean());
const nestedInput = fc.dictionary(
  name,
  fc.oneof(
    scalar,
    fc.array(nonEmptyValue, { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.dictionary(name, fc.oneof(scalar, fc.array(scalar, { minLength: 1, maxLength: 3 })), {
        minKeys: 1,
        maxKeys: 3,
        noNullPrototype: true,
      }),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  ),
  { maxKeys: 6, noNullPrototype: true },
);
const flatParams = fc.dictionary(fc.stringMatching(/^[A-Z][A-Za-z0-9.]{0,12}$/), value, {
  maxKeys: 8,
  noNullPrototype: true,
});
const body = fc.oneof(
  fc.constant(""),
  nestedInput.map((o) => JSON.stringify(o)),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
const host = fc.constantFrom(
  "cbn.aliyuncs.com",
  "vpc.cn-shanghai.aliyuncs.com",
  "127.0.0.1:8790",
  "open.volcengineapi.com",
);
const date = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2099-12-31T23:59:59Z"),
  noInvalidDate: true,
});
const secret = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 40 });
const token = fc.option(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 40 }), {
  nil: undefined,
});
const method = fc.constantFrom("GET", "POST");

function sdkV3(
  req: { method: string; query: Record<string, string>; headers: Record<string, string> },
  payload: string,
  ak: string,
  sk: string,
) {
  const r = new $tea.Request();
  r.method = req.method;
  r.pathname = "/";
  r.query = req.query;
  r.headers = req.headers;
  return OpenApiUtil.getAuthorization(r, "ACS3-HMAC-SHA256", payload, ak, sk);
}

describe("Alibaba V3 vs OpenApiUtil.getAuthorization", () => {
  it(`signAcs3 end to end (nested input flattened by OpenApiUtil.query vs flattenParams), ${RUNS} requests`, () => {
    fc.assert(
      fc.property(
        fc.record({
          method,
          host,
          input: nestedInput,
          body,
          secret,
          token,
          date,
          nonce: fc.stringMatching(/^[0-9a-f]{32}$/),
        }),
        (c) => {
          counted.v3++;
          const ours = acs3.signAcs3(
            {
              method: c.method,
              host: c.host,
              query: flattenParams(c.input),
              action: "CreateThing",
              version: "2016-04-28",
              body: c.body,
              contentType: "application/json",
            },
            { accessKeyId: "LTAItest", accessKeySecret: c.secret, securityToken: c.token },
            { date: c.date, nonce: c.nonce },
          );
          const { authorization, ...sent } = ours;
          const payload = OpenApiUtil.hexEncode(
            OpenApiUtil.hash(Buffer.from(c.body, "utf8"), "ACS3-HMAC-SHA256"),
          );
          const headers = {
            ...sent,
            host: c.host,
            "user-agent": "AlibabaCloud test",
            accept: "application/json",
          };
          expect(authorization).toBe(
            sdkV3(
              { method: c.method, query: OpenApiUtil.query(c.input), headers },
              payload,
              "LTAItest",
              c.secret,
            ),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it(`stages with arbitrary headers (case duplicates, spaces) and empty-valued params, ${RUNS} requests`, () => {
    const headerName = fc.constantFrom(
      "x-acs-a",
      "X-Acs-A",
      "x-acs-b",
      "Host",
      "content-type",
      "Content-Type",
      "accept",
      "user-agent",
      "x-other",
    );
    const headerValue = fc.string({ unit: fc.constantFrom(..."abc XYZ019-;,=/ \t*~"), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.record({
          method,
          query: flatParams,
          headers: fc.dictionary(headerName, headerValue, { maxKeys: 6, noNullPrototype: true }),
          payload: fc.stringMatching(/^[0-9a-f]{64}$/),
          secret,
        }),
        (c) => {
          counted.v3Stages++;
          const h = acs3.canonicalHeaders(c.headers);
          const cr = acs3.canonicalRequest({
            method: c.method,
            canonicalUri: "/",
            canonicalQuery: acs3.canonicalQuery(c.query),
            canonicalHeaders: h.canonical,
            signedHeaders: h.signedHeaders,
            payloadHash: c.payload,
          });
          const ours = acs3.buildAuthorization({
            accessKeyId: "ak",
            signedHeaders: h.signedHeaders,
            signature: acs3.signature(c.secret, acs3.stringToSign(cr)),
          });
          // npm openapi-util 0.3.3 writes an empty value as `name=` (our default), not the bare name of vector A2.
          expect(ours).toBe(
            sdkV3({ method: c.method, query: c.query, headers: c.headers }, c.payload, "ak", c.secret),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("Alibaba RPC V1 vs OpenApiUtil.getRPCSignature", () => {
  it(`nested input (SDK flattens itself), ${RUNS} requests`, () => {
    fc.assert(
      fc.property(fc.record({ method, input: nestedInput, secret }), (c) => {
        counted.v1++;
        const params = { Action: "A", Version: "2017-09-12", Timestamp: "2024-01-15T08:00:00Z", ...c.input };
        expect(signRpcV1(flattenParams(params), c.method, c.secret)).toBe(
          OpenApiUtil.getRPCSignature(params as Record<string, string>, c.method, c.secret),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it(`flat params with empty values, ${RUNS} requests`, () => {
    fc.assert(
      fc.property(fc.record({ method, params: flatParams, secret }), (c) => {
        counted.v1Flat++;
        expect(signRpcV1(c.params, c.method, c.secret)).toBe(
          OpenApiUtil.getRPCSignature(c.params, c.method, c.secret),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe("Volcengine vs @volcengine/openapi Signer", () => {
  it(`signVolc with the console's header set (GET query / POST JSON, STS), ${RUNS} requests`, () => {
    // Names here may be anything: both sides encode names.
    const volcName = fc.oneof(name, fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(
        fc.record({
          method,
          host,
          extra: fc.dictionary(volcName, value, { maxKeys: 6, noNullPrototype: true }),
          nested: nestedInput,
          body,
          secret,
          token,
          date,
          region: fc.constantFrom(
            "cn-beijing",
            "cn-shanghai",
            "cn-guangzhou",
            "ap-southeast-1",
            "cn-north-1",
          ),
          service: fc.constantFrom("vpc", "live"),
        }),
        (c) => {
          counted.volc++;
          const query = { Action: "DoIt", Version: "2020-04-01", ...c.extra, ...flattenParams(c.nested) };
          const hasBody = c.body !== "";
          const creds = { accessKeyId: "AKLTtest", secretAccessKey: c.secret, sessionToken: c.token };
          const ours = volc.signVolc(
            { method: c.method, host: c.host, query, body: c.body, contentType: "application/json" },
            creds,
            { date: c.date, region: c.region, service: c.service },
          );
          // The Node SDK never signs content-type, so it signs everything else we send and we drop content-type
          // from our list for the comparison; B2b pins the content-type variant.
          const sdkRequest = {
            region: c.region,
            method: c.method,
            pathname: "/",
            params: { ...query },
            headers: { host: c.host, "X-Content-Sha256": ours["x-content-sha256"] } as Record<string, string>,
            body: hasBody ? c.body : undefined,
          };
          const signer = new VolcSigner(sdkRequest as never, c.service);
          signer.addAuthorization(
            { accessKeyId: creds.accessKeyId, secretKey: c.secret, sessionToken: c.token },
            c.date,
          );
          const sdkAuth = sdkRequest.headers.Authorization;
          const withoutContentType = volc.signVolc(
            { method: c.method, host: c.host, query, body: c.body, contentType: "application/json" },
            creds,
            {
              date: c.date,
              region: c.region,
              service: c.service,
              signedHeaders: volc
                .parseAuthorization(ours.authorization)!
                .signedHeaders.filter((n) => n !== "content-type"),
            },
          );
          expect(withoutContentType.authorization).toBe(sdkAuth);
          expect(sdkRequest.headers["X-Date"]).toBe(ours["x-date"]);
          if (c.token) expect(sdkRequest.headers["X-Security-Token"]).toBe(ours["x-security-token"]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("ran the promised number of cases", () => {
    // Vitest runs the tests of a file in order; this guards against a silently skipped property.
    expect(counted.v3).toBeGreaterThanOrEqual(RUNS);
    expect(counted.v3Stages).toBeGreaterThanOrEqual(RUNS);
    expect(counted.v1 + counted.v1Flat).toBeGreaterThanOrEqual(2 * RUNS);
    expect(counted.volc).toBeGreaterThanOrEqual(RUNS);
  });
});
