import { afterEach, describe, expect, it, vi } from "vitest";
import { registerTransitRouterMulticastGroupSources } from "@/lib/operations/cbn/register-transit-router-multicast-group-sources";
import { createCustomRoutingEndpointGroupDestinations } from "@/lib/operations/ga/create-custom-routing-endpoint-group-destinations";
import { describeRelaySourceV3 } from "@/lib/operations/live/describe-relay-source-v3";
import { updateRelaySourceV3 } from "@/lib/operations/live/update-relay-source-v3";
import { createTrafficMirrorSession } from "@/lib/operations/volc-vpc/create-traffic-mirror-session";
import { connectRouterInterface } from "@/lib/operations/vpc/connect-router-interface";
import { describeRouterInterfaces } from "@/lib/operations/vpc/describe-router-interfaces";
import { callOperation } from "./call-operation";
import { closedPort, startCaptureServer } from "./capture-server.fixture";
import { CloudError } from "./cloud-error";
import * as acs3 from "./signing/acs3";
import { recomputeAcs3, recomputeVolc, splitTarget } from "./signing/received-request";
import * as volc from "./signing/volc";
import { aliError, json, reset, scriptedFetch } from "./scripted-fetch.fixture";
import { closeScriptedServers, scriptedServer } from "./scripted-server.fixture";

const NOW = () => new Date("2024-01-15T08:00:00Z");
const noSleep = { sleep: async () => {}, random: () => 0.5 };

afterEach(() => {
  vi.useRealTimers();
});

describe("callOperation against a local HTTP server (emulator mode)", () => {
  it("signs with the emulator identity, injects RegionId, decodes Alibaba results", async () => {
    const server = await startCaptureServer(() => ({
      status: 200,
      body: { RequestId: "req-1", RouterInterfaceSet: { RouterInterfaceType: [] }, TotalCount: 0 },
    }));
    try {
      const out = await callOperation(
        describeRouterInterfaces,
        { Filter: [{ Key: "Status", Value: ["Active", "中 *~"] }] },
        { region: "cn-beijing", env: { EMULATOR_PORT: String(server.port) }, now: NOW },
      );
      expect(out).toEqual({
        requestId: "req-1",
        result: { RouterInterfaceSet: { RouterInterfaceType: [] }, TotalCount: 0 },
      });
      const got = server.requests[0]!;
      expect(splitTarget(got.url).query).toEqual([
        ["Filter.1.Key", "Status"],
        ["Filter.1.Value.1", "Active"],
        ["Filter.1.Value.2", "中 *~"],
        ["RegionId", "cn-beijing"],
      ]);
      const auth = acs3.parseAuthorization(got.headers.find(([n]) => n === "authorization")?.[1])!;
      expect(auth.accessKeyId).toBe("LTAIemulator");
      expect(recomputeAcs3(got, "emulator-secret", auth.signedHeaders)!.signature).toBe(auth.signature);
      expect(got.headers).toContainEqual(["x-acs-date", "2024-01-15T08:00:00Z"]);
    } finally {
      await server.close();
    }
  });

  it("Volcengine Live: fixed cn-north-1 scope, JSON body, Result or {}", async () => {
    const server = await startCaptureServer((_req, i) => ({
      status: 200,
      body:
        i === 0
          ? { ResponseMetadata: { RequestId: "v-1", Action: "UpdateRelaySourceV3_1h0pbmhmb" } }
          : { ResponseMetadata: { RequestId: "v-2" }, Result: { RelaySourceConfigList: [] } },
    }));
    try {
      const env = { EMULATOR_PORT: String(server.port) };
      const upd = await callOperation(
        updateRelaySourceV3,
        { Vhost: "v", App: "a", GroupDetails: [] },
        { region: "cn-shanghai", env, now: NOW },
      );
      expect(upd).toEqual({ requestId: "v-1", result: {} });
      const desc = await callOperation(describeRelaySourceV3, { Vhost: "v" }, { env, now: NOW });
      expect(desc).toEqual({ requestId: "v-2", result: { RelaySourceConfigList: [] } });
      const got = server.requests[0]!;
      const auth = volc.parseAuthorization(got.headers.find(([n]) => n === "authorization")?.[1])!;
      expect(auth).toMatchObject({ accessKeyId: "AKLTemulator", region: "cn-north-1", service: "live" });
      expect(recomputeVolc(got, "emulator-secret", auth)!.signature).toBe(auth.signature);
      // Live takes no ClientToken: none is invented for a non-idempotent op.
      expect(JSON.parse(got.body.toString())).toEqual({ Vhost: "v", App: "a", GroupDetails: [] });
    } finally {
      await server.close();
    }
  });

  it("connection refused: a token-less mutation is retried (it never left), then fails as NetworkError", async () => {
    const port = await closedPort();
    const sleeps: number[] = [];
    const err = await callOperation(
      connectRouterInterface,
      { RouterInterfaceId: "ri-1" },
      {
        region: "cn-hangzhou",
        env: { EMULATOR_PORT: String(port) },
        retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 },
      },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CloudError);
    expect(err).toMatchObject({ code: "NetworkError", httpStatus: 502, requestId: "", notSent: true });
    expect(sleeps).toHaveLength(3);
  });
});

describe("callOperation — whether a failed request was sent (real sockets)", () => {
  afterEach(closeScriptedServers);

  it("reset after the request was written: a token-less mutation is not repeated, and says it may have run", async () => {
    const server = await scriptedServer((socket) => socket.resetAndDestroy());
    const err = await callOperation(
      connectRouterInterface,
      { RouterInterfaceId: "ri-1" },
      { region: "cn-hangzhou", env: { EMULATOR_PORT: String(server.port) }, retry: noSleep },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "NetworkError", notSent: false });
    expect(server.sockets).toHaveLength(1);
  });

  it("TLS handshake never answered within the timeout: not sent, so even a token-less mutation is retried", async () => {
    const server = await scriptedServer(() => {});
    const err = await callOperation(
      connectRouterInterface,
      { RouterInterfaceId: "ri-1" },
      {
        region: "cn-hangzhou",
        env: { ALIBABA_CLOUD_ENDPOINT: `https://127.0.0.1:${server.port}` },
        timeoutMs: 100,
        retry: { ...noSleep, maxRetries: 1 },
      },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "NetworkError", notSent: true });
    expect(server.sockets).toHaveLength(2);
    expect(server.received.join("")).not.toContain("HTTP/1.1");
  });
});

describe("callOperation — region and ClientToken rules", () => {
  it("GA's fixed region overrides the caller's", async () => {
    const f = scriptedFetch([json(200, { RequestId: "r", DestinationIds: ["dst-1"] })]);
    await callOperation(
      createCustomRoutingEndpointGroupDestinations,
      { EndpointGroupId: "epg-1" },
      { region: "ap-southeast-1", fetch: f.fetch, env: {} },
    );
    expect(f.attempts[0]!.params.get("RegionId")).toBe("cn-hangzhou");
  });

  it("generates one ClientToken for an idempotent mutation and reuses it on every retry", async () => {
    const f = scriptedFetch([aliError(503, "ServiceUnavailable"), reset(), json(200, { RequestId: "r" })]);
    await callOperation(
      registerTransitRouterMulticastGroupSources,
      { GroupIpAddress: "239.1.1.1" },
      { fetch: f.fetch, env: {}, retry: noSleep },
    );
    expect(f.attempts).toHaveLength(3);
    const tokens = f.attempts.map((a) => a.params.get("ClientToken"));
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(tokens).size).toBe(1);
    // Each attempt is signed afresh: a nonce is never reused.
    const nonces = f.attempts.map((a) => (a.init.headers as Record<string, string>)["x-acs-signature-nonce"]);
    expect(new Set(nonces).size).toBe(3);
  });

  it("keeps a caller's ClientToken; adds none to a non-idempotent mutation", async () => {
    const f = scriptedFetch([json(200, { RequestId: "r" })]);
    await callOperation(
      registerTransitRouterMulticastGroupSources,
      { ClientToken: "mine" },
      { fetch: f.fetch, env: {} },
    );
    await callOperation(
      connectRouterInterface,
      { RouterInterfaceId: "ri-1" },
      { region: "cn-hangzhou", fetch: f.fetch, env: {} },
    );
    expect(f.attempts[0]!.params.get("ClientToken")).toBe("mine");
    expect(f.attempts[1]!.params.has("ClientToken")).toBe(false);
  });

  it("Volcengine VPC token travels in the GET query", async () => {
    const f = scriptedFetch([
      json(200, { ResponseMetadata: { RequestId: "v" }, Result: { TrafficMirrorSessionId: "tms-1" } }),
    ]);
    const out = await callOperation(
      createTrafficMirrorSession,
      { Priority: 1 },
      { region: "cn-beijing", fetch: f.fetch, env: {} },
    );
    expect(out.result).toEqual({ TrafficMirrorSessionId: "tms-1" });
    expect(f.attempts[0]!.init.method).toBe("GET");
    expect(f.attempts[0]!.params.get("ClientToken")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("callOperation — secrets never leak", () => {
  it("error messages and JSON carry no secret, token, signature or Authorization even when the server echoes them", async () => {
    const env = {
      CLOUD_MODE: "cloud",
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAIrealid",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: "real-secret-value-123",
      ALIBABA_CLOUD_SECURITY_TOKEN: "sts-token-value-456",
      ALIBABA_CLOUD_ENDPOINT: "http://127.0.0.1:1",
    };
    let authorization = "";
    const f = (async (_url: string | URL | Request, init?: RequestInit) => {
      authorization = (init?.headers as Record<string, string>).authorization!;
      const sig = acs3.parseAuthorization(authorization)!.signature;
      return json(400, {
        RequestId: "r",
        Code: "SignatureDoesNotMatch",
        Message: `Bad ${authorization} key real-secret-value-123 token sts-token-value-456 sig ${sig}. server string to sign is:ACS3-HMAC-SHA256\nabc`,
      });
    }) as typeof fetch;
    const err = (await callOperation(
      connectRouterInterface,
      { RouterInterfaceId: "ri" },
      { region: "cn-hangzhou", fetch: f, env },
    ).catch((e: unknown) => e)) as CloudError;
    const sig = acs3.parseAuthorization(authorization)!.signature;
    const everything = `${err.message} ${JSON.stringify(err)} ${String(err.stack)}`;
    for (const secret of [
      "real-secret-value-123",
      "sts-token-value-456",
      sig,
      authorization,
      "string to sign",
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(err.code).toBe("SignatureDoesNotMatch");
  });

  it("cloud mode without credentials names the missing variables and sends nothing", async () => {
    const f = scriptedFetch([json(200, {})]);
    await expect(
      callOperation(
        createTrafficMirrorSession,
        {},
        { region: "cn-beijing", fetch: f.fetch, env: { CLOUD_MODE: "cloud", VOLCENGINE_ACCESS_KEY: "AKLT" } },
      ),
    ).rejects.toThrow(/VOLCENGINE_SECRET_KEY/);
    expect(f.attempts).toHaveLength(0);
  });
});
