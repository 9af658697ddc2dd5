import { describe, expect, it } from "vitest";
import type { RawRequest } from "./incoming";
import { signVolc } from "@/lib/cloud/signing/volc";
import { echoEmulator } from "../testing/echo-emulator";
import { queryNames, toRaw, tweak, withHeader, withQueryParam } from "../testing/raw-request";
import { volcRequest } from "../testing/signed-client";

describe("Volcengine HMAC-SHA256 verification", () => {
  const vpcCall = (t: ReturnType<typeof echoEmulator>) =>
    toRaw(
      volcRequest(
        "vpc",
        "DescribeTrafficMirrorSessions",
        "2020-04-01",
        { "TrafficMirrorSessionIds.1": "tms-1", PageSize: 10 },
        { date: t.now() },
      ),
    );
  const liveCall = (t: ReturnType<typeof echoEmulator>) =>
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
    const t = echoEmulator();
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
    const t = echoEmulator();
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
    const t = echoEmulator();
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
    const t = echoEmulator();
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
