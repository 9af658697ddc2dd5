import { describe, expect, it } from "vitest";
import type { RawRequest } from "./incoming";
import { echoEmulator, ECHO_PARAMS } from "../testing/echo-emulator";
import { queryNames, toRaw, tweak, withHeader, withQueryParam } from "../testing/raw-request";
import { aliyunRequest } from "../testing/signed-client";

describe("Alibaba V3 (ACS3-HMAC-SHA256) verification", () => {
  const signed = async (t: ReturnType<typeof echoEmulator>, form?: Record<string, unknown>) =>
    toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, { date: t.now(), formBody: form }),
    );

  it("accepts a correctly signed request (query and form body)", async () => {
    const t = echoEmulator();
    expect((await t.send(await signed(t))).status).toBe(200);
    const withForm = await t.send(await signed(t, { Extra: "a b*c" }));
    expect(withForm.status).toBe(200);
    expect((withForm.body.Echo as Record<string, unknown>).Extra).toBe("a b*c");
  });

  it("refuses a changed method, path, query parameter, signed header or body — and the model never runs", async () => {
    const t = echoEmulator();
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
        withQueryParam(base, n, tweak(ECHO_PARAMS[n as keyof typeof ECHO_PARAMS])),
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
    const t = echoEmulator();
    const unknown = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, {
        date: t.now(),
        credentials: { accessKeyId: "LTAIsomeoneelse", accessKeySecret: "emulator-secret" },
      }),
    );
    expect(await t.send(unknown)).toMatchObject({ status: 404, code: "InvalidAccessKeyId.NotFound" });
    const wrong = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, {
        date: t.now(),
        credentials: { accessKeyId: "LTAIemulator", accessKeySecret: "guess" },
      }),
    );
    expect(await t.send(wrong)).toMatchObject({ status: 400, code: "SignatureDoesNotMatch" });
  });

  it("InvalidTimeStamp.Expired outside ±15 min, accepted at the edge; InvalidTimeStamp.Format when malformed", async () => {
    const t = echoEmulator();
    const at = (offsetMs: number) =>
      toRaw(
        aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, {
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
    const t = echoEmulator();
    const first = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, { date: t.now(), nonce: "nonce-1" }),
    );
    expect((await t.send(first)).status).toBe(200);
    expect(await t.send(first)).toMatchObject({ status: 400, code: "SignatureNonceUsed" });
    t.clock.advance(14 * 60_000);
    const again = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, { date: t.now(), nonce: "nonce-1" }),
    );
    expect((await t.send(again)).code).toBe("SignatureNonceUsed");
    // A forged request does not burn the nonce: the signature is checked first.
    const forged = withHeader(
      await toRaw(
        aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, {
          date: t.now(),
          nonce: "nonce-2",
        }),
      ),
      "x-acs-action",
      "DescribeRouterInterfaces",
    );
    expect((await t.send(forged)).code).toBe("SignatureDoesNotMatch");
    const genuine = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, { date: t.now(), nonce: "nonce-2" }),
    );
    expect((await t.send(genuine)).status).toBe(200);
  });

  it("refuses an Authorization header without its parts (IncompleteSignature) and unsigned x-acs-* headers", async () => {
    const t = echoEmulator();
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
      const t = echoEmulator();
      const base = await toRaw(
        aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, {
          signature: "v1",
          method,
          date: t.now(),
        }),
      );
      expect((await t.send(base)).status).toBe(200);
      const fresh = () =>
        toRaw(
          aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, {
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
    const t = echoEmulator();
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
    const t = echoEmulator();
    const raw = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2016-04-28", ECHO_PARAMS, {
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
    const t = echoEmulator();
    const raw = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2014-05-26", ECHO_PARAMS, { signature: "v1", date: t.now() }),
    );
    expect((await t.send(raw)).status).toBe(200);
  });
});

describe("Alibaba gateway refusals before authentication", () => {
  it("MissingParameter without any credentials; InvalidVersion / InvalidAction.NotFound for unknown operations", async () => {
    const t = echoEmulator();
    const bare = await toRaw(
      new Request(
        "http://127.0.0.1:8790/?Action=ConnectRouterInterface&Version=2016-04-28&RegionId=cn-hangzhou",
        { method: "POST" },
      ),
    );
    expect(await t.send(bare)).toMatchObject({ status: 400, code: "MissingParameter" });
    const version = await toRaw(
      aliyunRequest("ConnectRouterInterface", "2099-01-01", ECHO_PARAMS, { date: t.now() }),
    );
    expect(await t.send(version)).toMatchObject({ status: 400, code: "InvalidVersion" });
    const action = await toRaw(
      aliyunRequest("CreateRouterInterface", "2016-04-28", ECHO_PARAMS, { date: t.now() }),
    );
    expect(await t.send(action)).toMatchObject({ status: 404, code: "InvalidAction.NotFound" });
  });
});
