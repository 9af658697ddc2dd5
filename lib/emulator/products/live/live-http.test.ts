import { beforeEach, describe, expect, it } from "vitest";
import { canonicalQueryString } from "@/lib/cloud/signing/canonical-query";
import { signVolc } from "@/lib/cloud/signing/volc";
import { DEMO_VOLC, call } from "../../testing/signed-client";
import { testEmulator, type TestEmulator } from "../../testing/test-emulator";
import { LIVE } from "./live-ids";
import { liveFaultCodes } from "./live-errors";
import { liveProduct } from "./live-product";

/** Signed with our own Volcengine signer; Live is POST JSON, region cn-north-1. */
const V = "2023-01-01";
let t: TestEmulator;
const live = (action: string, json: Record<string, unknown>) =>
  t.volc("live", action, V, {}, { json, region: "cn-north-1" });
const update = (over: Record<string, unknown> = {}) =>
  live("UpdateRelaySourceV3", {
    Vhost: LIVE.vhosts.edu,
    App: "live",
    GroupDetails: [
      {
        Group: "relay1",
        Servers: [
          {
            RelaySourceProtocol: "rtmp",
            RelaySourceDomain: "example.org",
            RelaySourceParams: { key1: "value1" },
          },
        ],
      },
    ],
    ...over,
  });
const errorOf = (body: Record<string, unknown>) =>
  (body.ResponseMetadata as { Error?: { Code: string; Message: string } }).Error;

beforeEach(() => {
  t = testEmulator({ products: [liveProduct] });
});

describe("Live over signed HTTP", () => {
  it("answers Update with ResponseMetadata only, like seed 004", async () => {
    const { status, body } = await update();
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["ResponseMetadata"]);
    expect(body.ResponseMetadata).toMatchObject({
      Action: "UpdateRelaySourceV3",
      Version: V,
      Service: "live",
      Region: "cn-north-1",
    });
    const described = await live("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.edu });
    expect(described.body.Result).toEqual({
      RelaySourceConfigList: [
        {
          Vhost: LIVE.vhosts.edu,
          App: "live",
          GroupDetails: [
            {
              Group: "relay1",
              Servers: [
                {
                  RelaySourceProtocol: "rtmp",
                  RelaySourceDomain: "example.org",
                  RelaySourceParams: { key1: "value1" },
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it("refuses a GET with 405 MethodNotAllowed: Live's APIs are POST with a JSON body", async () => {
    const r = await t.volc(
      "live",
      "DescribeRelaySourceV3",
      V,
      { Vhost: LIVE.vhosts.edu },
      {
        method: "GET",
        region: "cn-north-1",
      },
    );
    expect(r.status).toBe(405);
    expect(errorOf(r.body)?.Code).toBe("MethodNotAllowed");
  });

  it("answers a malformed JSON body with InvalidParam.BindError", async () => {
    const host = "127.0.0.1:8790";
    const query = { Action: "UpdateRelaySourceV3", Version: V };
    const bodyText = '{"Vhost": "edu.example.cn", "App": ';
    const headers = signVolc(
      { method: "POST", host, query, body: bodyText, contentType: "application/json" },
      DEMO_VOLC,
      { date: new Date(t.clock.now()), region: "cn-north-1", service: "live" },
    );
    const request = new Request(`http://${host}/?${canonicalQueryString(query)}`, {
      method: "POST",
      headers,
      body: bodyText,
    });
    const { status, body } = await call((r) => t.emulator.handle(r), request);
    expect(status).toBe(400);
    expect(errorOf(body)).toEqual({
      Code: "InvalidParam.BindError",
      Message: "Request parameter error, please check input data",
    });
  });

  it("answers an ill-typed field with InvalidParam.BindError and a bad value with InvalidParam", async () => {
    expect(errorOf((await update({ GroupDetails: "relay1" })).body)?.Code).toBe("InvalidParam.BindError");
    const bad = await update({ App: "bad app!" });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body)?.Code).toBe("InvalidParam");
  });

  it("refuses vhosts that are missing (404) or another account's (403)", async () => {
    const missing = await update({ Vhost: "nothere.example.com" });
    expect([missing.status, errorOf(missing.body)?.Code]).toEqual([404, "ResourceNotFound"]);
    const foreign = await live("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.partner });
    expect([foreign.status, errorOf(foreign.body)?.Code]).toEqual([
      403,
      "RequestForbidden.AccountIDNotAllow",
    ]);
  });

  it("turns billing off through the account flags", async () => {
    await t.control("POST", "/_emulator/account", { flags: { "live.notActivated": true } });
    const { status, body } = await update();
    expect([status, errorOf(body)?.Code]).toEqual([403, "RequestForbidden.BillingStatus"]);
  });

  it("throttles above 10 calls per second per action with 429 AccountFlowLimitExceeded", async () => {
    for (let i = 0; i < 10; i++)
      expect((await live("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.main })).status).toBe(200);
    const throttled = await live("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.main });
    expect([throttled.status, errorOf(throttled.body)?.Code]).toEqual([429, "AccountFlowLimitExceeded"]);
    t.clock.advance(1000);
    expect((await live("DescribeRelaySourceV3", { Vhost: LIVE.vhosts.main })).status).toBe(200);
  });

  it("answers CommonErr with HTTP 200 through a fault rule, and the 5xx codes likewise", async () => {
    await t.control("POST", "/_emulator/faults", {
      action: "UpdateRelaySourceV3",
      code: "CommonErr",
      httpStatus: 200,
      message: "-",
      times: 1,
    });
    const common = await update();
    expect(common.status).toBe(200);
    expect(errorOf(common.body)).toEqual({ Code: "CommonErr", Message: "-" });
    for (const [code, fault] of Object.entries(liveFaultCodes).filter(([c]) => c !== "CommonErr")) {
      await t.control("POST", "/_emulator/faults", {
        action: "volcengine.live.DeleteRelaySourceV3",
        code,
        ...fault,
        times: 1,
      });
      const { status, body } = await live("DeleteRelaySourceV3", { Vhost: LIVE.vhosts.main, App: "live" });
      expect([status, errorOf(body)?.Code]).toEqual([fault.httpStatus, code]);
    }
  });

  it("lists domains with DomainList and Total", async () => {
    const { body } = await live("ListDomainDetail", {
      PageNum: 1,
      PageSize: 10,
      VhostList: [LIVE.vhosts.main],
    });
    expect(body.Result).toMatchObject({
      Total: 3,
      DomainList: expect.arrayContaining([expect.objectContaining({ Type: "push", Status: 0 })]),
    });
  });
});
