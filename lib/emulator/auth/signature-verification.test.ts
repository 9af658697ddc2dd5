import { describe, expect, it } from "vitest";
import type { RawRequest } from "./incoming";
import { echoProduct } from "../testing/echo-product";
import { queryNames, toRaw, tweak, withHeader, withQueryParam } from "../testing/raw-request";
import { signVolc } from "@/lib/cloud/signing/volc";
import { aliyunRequest, volcRequest } from "../testing/signed-client";
import { testEmulator } from "../testing/test-emulator";

function setup() {
  const t = testEmulator({ products: [echoProduct] });
  const send = async (raw: RawRequest) => {
    const reply = await t.emulator.handleRaw(raw);
    const body = JSON.parse(reply.body) as Record<string, unknown> & {
      ResponseMetadata?: { Error?: { Code: string; CodeN?: number } };
    };
    return {
      status: reply.status,
      body,
      code: (body.Code as string | undefined) ?? body.ResponseMetadata?.Error?.Code,
    };
  };
  const calls = () => t.emulator.world.backend<{ state: { calls: number } }>("echo").state.calls;
  return { ...t, send, calls, now: () => new Date(t.clock.now()) };
}

const PARAMS = { RegionId: "cn-hangzhou", RouterInterfaceId: "ri-bp1k3j9d7s2a5f8g1h4l6z" };

describe("Alibaba V3 (ACS3-HMAC-SHA256) verification", () => {
  const signed = async (t: ReturnType<typeof setup>, form?: Record<string, unknown>) =>
    toRaw(aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, { date: t.now(), formBody: form }));

  it("accepts a correctly signed request (query and form body)", async () => {
    const t = setup();
    expect((await t.send(await signed(t))).status).toBe(200);
    const withForm = await t.send(await signed(t, { Extra: "a b*c" }));
    expect(withForm.status).toBe(200);
    expect((withForm.body.Echo as Record<string, unknown>).Extra).toBe("a b*c");
  });

  it("refuses a changed method, path, query parameter, signed header or body — and the model never runs", async () => {
    const t = setup();
    const base = await signed(t, { Extra: "x" });
    const names = base.headers.map(([n]) => n);
    const signedHeaders = /SignedHeaders=([^,]+)/
      .exec(base.headers.find(([n]) => n === "authorization")![1])![1]!
      .split(";");
    expect(signedHeaders).toEqual(
      expect.arrayContaining([
        "host",
        "content-type",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-content-sha256",
      ]),
    );
    const tampered: Array<[string, RawRequest]> = [
      ["method", { ...base, method: "GET" }],
      ["path", { ...base, url: base.url.replace("/?", "/v2/?") }],
      ["body", { ...base, body: Buffer.from("Extra=y") }],
      ...queryNames(base).map((n): [string, RawRequest] => [
        `query ${n}`,
        withQueryParam(base, n, tweak(PARAMS[n as keyof typeof PARAMS])),
      ]),
      ["query added", { ...base, url: `${base.url}&DryRun=true` }],
    ];
    for (const name of signedHeaders) {
      const value = base.headers.find(([n]) => n === name)![1];
      const changed =
        name === "x-acs-date"
          ? new Date(t.clock.now() + 1000).toISOString().slice(0, 19) + "Z"
          : name === "x-acs-action"
            ? "DescribeRouterInterfaces"
            : name === "x-acs-version"
              ? "2014-05-26"
              : tweak(value);
      tampered.push([`header ${name}`, withHeader(base, name, changed)]);
    }
    expect(names).toContain("x-acs-signature-nonce");
    for (const [what, raw] of tampered) {
      const reply = await t.send(raw);
      expect({ what, status: reply.status, code: reply.code }).toEqual({
        what,
        status: 400,
        code: "SignatureDoesNotMatch",
      });
    }
    expect(t.calls()).toBe(0);
    // The untouched request still works, so every refusal above came from the tampering.
    expect((await t.send(base)).status).toBe(200);
  });

  it("InvalidAccessKeyId.NotFound (404) for an unknown key; SignatureDoesNotMatch for a wrong secret", async () => {
    const t = setup();
    const unknown = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, {
        date: t.now(),
        credentials: { accessKeyId: "LTAIsomeoneelse", accessKeySecret: "emulator-secret" },
      }),
    );
    expect(await t.send(unknown)).toMatchObject({ status: 404, code: "InvalidAccessKeyId.NotFound" });
    const wrong = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, {
        date: t.now(),
        credentials: { accessKeyId: "LTAIemulator", accessKeySecret: "guess" },
      }),
    );
    expect(await t.send(wrong)).toMatchObject({ status: 400, code: "SignatureDoesNotMatch" });
  });

  it("InvalidTimeStamp.Expired outside ±15 min, accepted at the edge; InvalidTimeStamp.Format when malformed", async () => {
    const t = setup();
    const at = (offsetMs: number) =>
      toRaw(
        aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, {
          date: new Date(t.clock.now() + offsetMs),
        }),
      );
    expect((await t.send(await at(-15 * 60_000 - 1000))).code).toBe("InvalidTimeStamp.Expired");
    expect((await t.send(await at(15 * 60_000 + 1000))).code).toBe("InvalidTimeStamp.Expired");
    expect((await t.send(await at(-15 * 60_000))).status).toBe(200);
    expect((await t.send(await at(15 * 60_000))).status).toBe(200);
    const base = await at(0);
    expect((await t.send(withHeader(base, "x-acs-date", "2026/11/22 08:00:00"))).code).toBe(
      "InvalidTimeStamp.Format",
    );
  });

  it("SignatureNonceUsed for a replay, while the nonce is remembered for 30 minutes", async () => {
    const t = setup();
    const first = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, { date: t.now(), nonce: "nonce-1" }),
    );
    expect((await t.send(first)).status).toBe(200);
    expect(await t.send(first)).toMatchObject({ status: 400, code: "SignatureNonceUsed" });
    t.clock.advance(14 * 60_000);
    const again = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, { date: t.now(), nonce: "nonce-1" }),
    );
    expect((await t.send(again)).code).toBe("SignatureNonceUsed");
    // A forged request does not burn the nonce: the signature is checked first.
    const forged = withHeader(
      await toRaw(
        aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, { date: t.now(), nonce: "nonce-2" }),
      ),
      "x-acs-action",
      "DescribeRouterInterfaces",
    );
    expect((await t.send(forged)).code).toBe("SignatureDoesNotMatch");
    const genuine = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, { date: t.now(), nonce: "nonce-2" }),
    );
    expect((await t.send(genuine)).status).toBe(200);
  });

  it("refuses an Authorization header without its parts (IncompleteSignature) and unsigned x-acs-* headers", async () => {
    const t = setup();
    const base = await signed(t);
    expect(
      (await t.send(withHeader(base, "authorization", "ACS3-HMAC-SHA256 Credential=LTAIemulator"))).code,
    ).toBe("IncompleteSignature");
    const extra = { ...base, headers: [...base.headers, ["x-acs-extra", "1"] as [string, string]] };
    expect((await t.send(extra)).code).toBe("IncompleteSignature");
  });
});

describe("Alibaba RPC V1 (HMAC-SHA1) verification", () => {
  for (const method of ["GET", "POST"] as const) {
    it(`${method}: accepts a signed request and refuses each changed parameter or the method`, async () => {
      const t = setup();
      const base = await toRaw(
        aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, {
          signature: "v1",
          method,
          date: t.now(),
        }),
      );
      expect((await t.send(base)).status).toBe(200);
      const fresh = () =>
        toRaw(
          aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, {
            signature: "v1",
            method,
            date: t.now(),
          }),
        );
      const expected: Record<string, string> = {
        AccessKeyId: "InvalidAccessKeyId.NotFound",
        SignatureMethod: "InvalidSignatureMethod",
        SignatureVersion: "IncompleteSignature",
      };
      const changed: Record<string, string> = {
        Action: "DescribeRouterInterfaces",
        Version: "2014-05-26",
        Timestamp: new Date(t.clock.now() + 1000).toISOString().slice(0, 19) + "Z",
        Format: "XML",
      };
      const sample = await fresh();
      for (const name of queryNames(sample).filter((n) => n !== "Signature")) {
        const raw = withQueryParam(
          await fresh(),
          name,
          changed[name] ?? tweak(new URLSearchParams(sample.url.split("?")[1]).get(name)!),
        );
        const reply = await t.send(raw);
        expect({ name, code: reply.code }).toEqual({ name, code: expected[name] ?? "SignatureDoesNotMatch" });
      }
      const otherMethod = { ...(await fresh()), method: method === "GET" ? "POST" : "GET" };
      expect((await t.send(otherMethod)).code).toBe("SignatureDoesNotMatch");
      expect(t.calls()).toBe(1);
    });
  }

  it("POST form body parameters are signed with the query: a changed body value is refused", async () => {
    const t = setup();
    const raw = await toRaw(
      aliyunRequest(
        "ConnectRouterInterface",
        "2016-04-28",
        { RegionId: "cn-hangzhou" },
        { signature: "v1", date: t.now(), formBody: { RouterInterfaceId: "ri-1" } },
      ),
    );
    expect((await t.send({ ...raw, body: Buffer.from("RouterInterfaceId=ri-2") })).code).toBe(
      "SignatureDoesNotMatch",
    );
    const ok = await t.send(raw);
    expect(ok.status).toBe(200);
    expect((ok.body.Echo as Record<string, unknown>).RouterInterfaceId).toBe("ri-1");
  });

  it("echoes the server string-to-sign in the SignatureDoesNotMatch message, like the cloud", async () => {
    const t = setup();
    const raw = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", PARAMS, {
        signature: "v1",
        method: "GET",
        date: t.now(),
        credentials: { accessKeyId: "LTAIemulator", accessKeySecret: "wrong" },
      }),
    );
    const reply = await t.send(raw);
    expect(reply.body.Message).toMatch(
      /^Specified signature is not matched with our calculation\. server string to sign is:GET&%2F&AccessKeyId%3DLTAIemulator%26Action%3DConnectRouterInterface/,
    );
    expect(reply.body).toMatchObject({
      HostId: "127.0.0.1:8790",
      Recommend: expect.stringContaining("q=SignatureDoesNotMatch&product=Vpc"),
    });
  });

  it("the legacy ECS 2014-05-26 ConnectRouterInterface reaches the VPC operation", async () => {
    const t = setup();
    const raw = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2014-05-26", PARAMS, { signature: "v1", date: t.now() }),
    );
    expect((await t.send(raw)).status).toBe(200);
  });
});

describe("Volcengine HMAC-SHA256 verification", () => {
  const vpcCall = (t: ReturnType<typeof setup>) =>
    toRaw(
      volcRequest(
        "vpc",
        "DescribeTrafficMirrorSessions",
        "2020-04-01",
        { "TrafficMirrorSessionIds.1": "tms-1", PageSize: 10 },
        { date: t.now() },
      ),
    );
  const liveCall = (t: ReturnType<typeof setup>) =>
    toRaw(
      volcRequest(
        "live",
        "UpdateRelaySourceV3",
        "2023-01-01",
        {},
        { date: t.now(), json: { Vhost: "live.example.com", App: "app" } },
      ),
    );

  it("accepts GET query and POST JSON requests", async () => {
    const t = setup();
    const get = await t.send(await vpcCall(t));
    expect(get.status).toBe(200);
    expect(get.body.ResponseMetadata).toMatchObject({
      Action: "DescribeTrafficMirrorSessions",
      Version: "2020-04-01",
      Service: "vpc",
      Region: "cn-beijing",
    });
    expect((get.body.ResponseMetadata as { RequestId: string }).RequestId).toMatch(
      /^20261122080000[0-9A-F]{18}$/,
    );
    const post = await t.send(await liveCall(t));
    expect(post.status).toBe(200);
  });

  it("refuses a changed method, path, query parameter, signed header or body (401, CodeN 100010)", async () => {
    const t = setup();
    const get = await vpcCall(t);
    const post = await liveCall(t);
    const signedOf = (raw: RawRequest) =>
      /SignedHeaders=([^,]+)/.exec(raw.headers.find(([n]) => n === "authorization")![1])![1]!.split(";");
    expect(signedOf(post)).toEqual(["content-type", "host", "x-content-sha256", "x-date"]);
    const tampered: Array<[string, RawRequest]> = [
      ["method", { ...get, method: "POST" }],
      ["path", { ...get, url: get.url.replace("/?", "/x?") }],
      ["body", { ...post, body: Buffer.from(post.body.toString().replace("app", "apq")) }],
      ...queryNames(get)
        .filter((n) => n !== "Action" && n !== "Version")
        .map((n): [string, RawRequest] => [
          `query ${n}`,
          withQueryParam(get, n, tweak(new URLSearchParams(get.url.split("?")[1]).get(n)!)),
        ]),
      ["query Action", withQueryParam(get, "Action", "DescribeNetworkInterfaces")],
    ];
    for (const name of signedOf(post)) {
      const value = post.headers.find(([n]) => n === name)![1];
      tampered.push([
        `header ${name}`,
        withHeader(post, name, name === "x-date" ? value.replace(/00Z$/, "01Z") : tweak(value)),
      ]);
    }
    for (const [what, raw] of tampered) {
      const reply = await t.send(raw);
      const error = reply.body.ResponseMetadata as { Error: { Code: string; CodeN: number } };
      expect({ what, status: reply.status, error: error.Error }).toEqual({
        what,
        status: 401,
        error: { CodeN: 100010, Code: "SignatureDoesNotMatch", Message: expect.any(String) },
      });
    }
    expect(t.calls()).toBe(0);
  });

  it("rebuilds canonical headers in the order SignedHeaders lists them (unsorted, like volc-openapi-demos)", async () => {
    const t = setup();
    const unsorted = ["host", "x-date", "x-content-sha256", "content-type"];
    const date = t.now();
    const query = { Action: "UpdateRelaySourceV3", Version: "2023-01-01" };
    const body = JSON.stringify({ Vhost: "v" });
    const headers = signVolc(
      { method: "POST", host: "127.0.0.1:8790", query, body, contentType: "application/json" },
      { accessKeyId: "AKLTemulator", secretAccessKey: "emulator-secret" },
      { date, region: "cn-north-1", service: "live", signedHeaders: unsorted },
    );
    expect(headers.authorization).toContain("SignedHeaders=host;x-date;x-content-sha256;content-type,");
    const raw = await toRaw(
      new Request("http://127.0.0.1:8790/?Action=UpdateRelaySourceV3&Version=2023-01-01", {
        method: "POST",
        headers,
        body,
      }),
    );
    expect((await t.send(raw)).status).toBe(200);
  });

  it("InvalidAccessKey (401, 100009), InvalidTimestamp, MissingAuthenticationToken, ServiceNotFound, InvalidActionOrVersion", async () => {
    const t = setup();
    const errorOf = async (raw: RawRequest) => {
      const reply = await t.send(raw);
      return { status: reply.status, ...(reply.body.ResponseMetadata as { Error: object }).Error };
    };
    const unknown = await toRaw(
      volcRequest(
        "vpc",
        "DescribeTrafficMirrorSessions",
        "2020-04-01",
        {},
        { date: t.now(), credentials: { accessKeyId: "AKLTnobody", secretAccessKey: "x" } },
      ),
    );
    expect(await errorOf(unknown)).toMatchObject({ status: 401, CodeN: 100009, Code: "InvalidAccessKey" });
    const late = await toRaw(
      volcRequest(
        "vpc",
        "DescribeTrafficMirrorSessions",
        "2020-04-01",
        {},
        { date: new Date(t.clock.now() - 16 * 60_000) },
      ),
    );
    expect(await errorOf(late)).toMatchObject({ status: 400, CodeN: 100006, Code: "InvalidTimestamp" });
    const bare = await toRaw(
      new Request("http://127.0.0.1:8790/?Action=DescribeTrafficMirrorSessions&Version=2020-04-01"),
    );
    expect(await errorOf(bare)).toMatchObject({
      status: 401,
      CodeN: 100003,
      Code: "MissingAuthenticationToken",
    });
    const service = await toRaw(volcRequest("ecs", "DescribeInstances", "2020-04-01", {}, { date: t.now() }));
    expect(await errorOf(service)).toMatchObject({ status: 404, CodeN: 100007, Code: "ServiceNotFound" });
    const action = await toRaw(volcRequest("vpc", "DescribeVpcs", "2020-04-01", {}, { date: t.now() }));
    expect(await errorOf(action)).toMatchObject({
      status: 404,
      CodeN: 100008,
      Code: "InvalidActionOrVersion",
    });
  });
});

describe("Alibaba gateway refusals before authentication", () => {
  it("MissingParameter without any credentials; InvalidVersion / InvalidAction.NotFound for unknown operations", async () => {
    const t = setup();
    const bare = await toRaw(
      new Request(
        "http://127.0.0.1:8790/?Action=ConnectRouterInterface&Version=2016-04-28&RegionId=cn-hangzhou",
        { method: "POST" },
      ),
    );
    expect(await t.send(bare)).toMatchObject({ status: 400, code: "MissingParameter" });
    const version = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2099-01-01", PARAMS, { date: t.now() }),
    );
    expect(await t.send(version)).toMatchObject({ status: 400, code: "InvalidVersion" });
    const action = await toRaw(
      aliyunRequest("CreateRouterInterface", "2016-04-28", PARAMS, { date: t.now() }),
    );
    expect(await t.send(action)).toMatchObject({ status: 404, code: "InvalidAction.NotFound" });
  });
});
